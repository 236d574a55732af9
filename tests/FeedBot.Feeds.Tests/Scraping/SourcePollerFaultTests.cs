using FeedBot.Feeds.Model;
using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Testing;
using FeedBot.Testing.FakeSite;

namespace FeedBot.Feeds.Tests.Scraping;

/// <summary>
/// Each way the site can fail is a failed poll that loses nothing stored; the next good poll recovers.
/// Real fetcher, real parser, real SQLite store, the loopback fake ministry site with injected faults.
/// </summary>
public sealed class SourcePollerFaultTests : IAsyncLifetime
{
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private const string PageParameter = "_101_INSTANCE_TW6LTp1ZtwaN_cur";
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));
    private FakeMinistrySite _site = null!;

    public async Task InitializeAsync() => _site = await FakeMinistrySite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public static TheoryData<string> Faults => new()
    {
        "500", "503", "timeout", "reset", "truncated", "oversize", "oversize-declared", "binary", "binary-as-html", "zero-items",
    };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task PollAsync_SiteFails_RecordsFailedPollKeepsItemsAndRecoversNextPoll(string fault)
    {
        await using var host = await StartHostAsync();
        var poller = host.Get<SourcePoller>();
        var store = host.Get<IItemStore>();
        var source = host.Source();
        var listing = _site.AddListing(ListingPath, PageParameter).Add(Item("bai-a"));
        Assert.Null((await PollAsync(poller, source)).Error);

        _site.InjectFault(ListingPath, Fault(fault));
        var failed = await PollAsync(poller, source);

        Assert.NotNull(failed.Error);
        Assert.Equal(["bai-a"], (await store.GetLatestAsync(source.Id, 10, default)).Select(i => i.Key));
        var status = Assert.Single(await store.GetSourceStatusesAsync(default));
        Assert.Equal(1, status.ConsecutiveFailures);
        Assert.Equal(failed.Error, status.LastPoll!.Error);

        _site.ClearFaults();
        listing.Publish(Item("bai-b"));
        _clock.Advance(TimeSpan.FromHours(1)); // past the 503's Retry-After
        var recovered = await PollAsync(poller, source);

        Assert.Null(recovered.Error);
        Assert.Equal(1, recovered.ItemsNew);
        Assert.Equal(["bai-a", "bai-b"], (await store.GetLatestAsync(source.Id, 10, default)).Select(i => i.Key).Order());
        Assert.Equal(0, Assert.Single(await store.GetSourceStatusesAsync(default)).ConsecutiveFailures);
    }

    [Fact]
    public async Task PollAsync_ArticleAnswers503WithRetryAfter_StopsFetchingAndDefersPollsUntilThen()
    {
        await using var host = await StartHostAsync();
        var poller = host.Get<SourcePoller>();
        var source = host.Source();
        _site.AddListing(ListingPath, PageParameter).Add(Item("bai-a"), Item("bai-b"), Item("bai-c"));
        _site.InjectFault(ArticlePath("bai-a"), SiteFault.Unavailable(TimeSpan.FromSeconds(300)));
        _site.InjectFault(ArticlePath("bai-b"), SiteFault.Unavailable(TimeSpan.FromSeconds(300)));
        _site.InjectFault(ArticlePath("bai-c"), SiteFault.Unavailable(TimeSpan.FromSeconds(300)));

        var poll = await PollAsync(poller, source);

        Assert.Null(poll.Error);
        Assert.Equal(_clock.GetUtcNow().AddSeconds(300), poll.NotBeforeUtc);
        Assert.Equal(2, _site.Requests.Count);
        _clock.Advance(TimeSpan.FromSeconds(299));
        Assert.Null(await poller.PollAsync(source, default));
        Assert.Equal(2, _site.Requests.Count);
        Assert.Equal(poll.NotBeforeUtc, (await host.Get<IItemStore>().StartPollAsync(source.Id, source.ListingUrl, 0, default)).NotBeforeUtc);
    }

    private Task<FeedsTestHost> StartHostAsync() => FeedsTestHost.StartAsync(
        new Dictionary<string, string?>
        {
            ["FeedBot:Sources:0:ListingUrl"] = _site.Url(ListingPath).AbsoluteUri,
            ["FeedBot:Sources:0:BackfillPages"] = "1",
            ["FeedBot:Fetch:TimeoutSeconds"] = "5",
            ["FeedBot:Fetch:MaxResponseBytes"] = "100000",
        },
        _clock);

    private static async Task<PollRecord> PollAsync(SourcePoller poller, SourceOptions source) =>
        await poller.PollAsync(source, default) ?? throw new InvalidOperationException("The poll was deferred.");

    private static string ArticlePath(string slug) => $"{ListingPath}/-/asset_publisher/TW6LTp1ZtwaN/content/{slug}";

    private static FakeArticle Item(string slug) => new(slug, $"Tiêu đề {slug}", "Thứ Hai, ngày 30/06/2025 07:43", "Tóm tắt");

    private static SiteFault Fault(string fault) => fault switch
    {
        "500" => SiteFault.ServerError(),
        "503" => SiteFault.Unavailable(TimeSpan.FromSeconds(120)),
        "timeout" => SiteFault.Slow(TimeSpan.FromMinutes(2)),
        "reset" => SiteFault.ConnectionReset(),
        "truncated" => SiteFault.TruncatedBody(),
        "oversize" => SiteFault.OversizeBody(300_000, declareLength: false),
        "oversize-declared" => SiteFault.OversizeBody(300_000),
        "binary" => SiteFault.NotHtml(),
        "binary-as-html" => SiteFault.BinaryLabelledHtml(),
        "zero-items" => SiteFault.OtherPage("<html><body><h1>Hệ thống đang bảo trì</h1></body></html>"),
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };
}

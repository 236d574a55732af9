using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Storage;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.Logging;
using Microsoft.Extensions.Logging;

namespace FeedBot.Feeds.Tests.Scraping;

/// <summary>Paging, conditional GET, article retries and date warnings of a poll, against the loopback fake
/// ministry site and real SQLite.</summary>
public sealed class SourcePollerTests : IAsyncLifetime
{
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private const string PageParameter = "_101_INSTANCE_TW6LTp1ZtwaN_cur";
    private readonly CapturingLoggerProvider _logs = new();
    private FakeMinistrySite _site = null!;
    private FakeListing _listing = null!;
    private FeedsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _site = await FakeMinistrySite.StartAsync();
        _listing = _site.AddListing(ListingPath, PageParameter, pageSize: 2);
        _host = await FeedsTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["FeedBot:Sources:0:ListingUrl"] = _site.Url(ListingPath).AbsoluteUri,
                ["FeedBot:Sources:0:BackfillPages"] = "2",
                ["FeedBot:Sources:0:MaxPagesPerPoll"] = "3",
                ["FeedBot:Sources:0:ArticleRetryMinutes"] = "0",
            },
            logs: _logs);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task PollAsync_FirstRun_WalksBackfillPagesAndMarksItemsBackfill()
    {
        _listing.Add(Item("a1"), Item("a2"), Item("b1"), Item("b2"), Item("c1"));

        var poll = await Poll();

        Assert.Null(poll.Error);
        Assert.Equal(4, poll.ItemsNew);
        Assert.Equal(2, _site.RequestCount(ListingPath));
        Assert.Equal(["a1", "a2", "b1", "b2"], await StoredKeys());
    }

    [Fact]
    public async Task PollAsync_LaterRun_GoesToNextPageOnlyWhileEveryItemIsNew()
    {
        _listing.Add(Item("a1"), Item("a2"), Item("b1"));
        await Poll();
        _listing.Publish(Item("n3")).Publish(Item("n2")).Publish(Item("n1")); // pages: [n1 n2] [n3 a1] [a2 b1]
        var before = _site.RequestCount(ListingPath);

        var poll = await Poll();

        Assert.Equal(3, poll.ItemsNew);
        Assert.Equal(2, _site.RequestCount(ListingPath) - before);
        Assert.Contains("n3", await StoredKeys());
    }

    [Fact]
    public async Task PollAsync_SiteAnswersNotModified_SucceedsWithNoWork()
    {
        _listing.Add(Item("a1"));
        await Poll();

        var poll = await Poll();

        Assert.Null(poll.Error);
        Assert.Equal(304, poll.HttpStatus);
        Assert.Equal(0, poll.ItemsSeen);
        Assert.NotNull(_site.Requests.Last(r => r.Path == ListingPath).IfNoneMatch);
    }

    [Fact]
    public async Task PollAsync_ArticleFailsOnce_KeepsItemAndFetchesArticleOnNextPoll()
    {
        _listing.Add(Item("a1") with { BodyHtml = "<p><strong>Mở đầu</strong></p><p>Thân bài</p>" });
        _site.InjectFault(ArticlePath("a1"), SiteFault.HttpStatus(502), times: 1);
        await Poll();
        Assert.Null(Assert.Single(await _host.Get<IItemStore>().GetLatestAsync("moh-leadership", 10, default)).ContentHtml);

        await Poll();

        var item = Assert.Single(await _host.Get<IItemStore>().GetLatestAsync("moh-leadership", 10, default));
        Assert.Contains("<strong>Mở đầu</strong>", item.ContentHtml);
        Assert.Equal(2, _site.ArticleRequestCount("a1"));
    }

    [Fact]
    public async Task PollAsync_ItemsWithUnparsableDates_LogsOneWarningWithCountAndFirstTitle()
    {
        _listing.Add(Item("a1"), Item("a2") with { DateText = "Ngày đăng: hôm qua" }, Item("a3") with { DateText = "(không rõ ngày)" });

        var poll = await Poll();

        Assert.Null(poll.Error);
        var warning = Assert.Single(DateWarnings());
        Assert.Equal("moh-leadership", warning.Values["SourceId"]);
        Assert.Equal(2, warning.Values["Count"]);
        Assert.Equal("Tiêu đề a2", warning.Values["Title"]);
        Assert.Contains("2 item(s) with an unparsable date", warning.Message);
    }

    [Fact]
    public async Task PollAsync_AllDatesParse_LogsNoDateWarning()
    {
        _listing.Add(Item("a1"), Item("a2"), Item("b1"));

        await Poll();

        Assert.Empty(DateWarnings());
        Assert.NotEmpty(_logs.Of(typeof(SourcePoller).FullName!, LogLevel.Information));
    }

    private List<CapturedLog> DateWarnings() =>
        [.. _logs.Of(typeof(SourcePoller).FullName!, LogLevel.Warning).Where(e => e.Message.Contains("unparsable date", StringComparison.Ordinal))];

    private async Task<Feeds.Model.PollRecord> Poll() =>
        await _host.Get<SourcePoller>().PollAsync(_host.Source(), default) ?? throw new InvalidOperationException("The poll was deferred.");

    private async Task<List<string>> StoredKeys() =>
        (await _host.Get<IItemStore>().GetLatestAsync("moh-leadership", 100, default)).Select(i => i.Key).Order().ToList();

    private static FakeArticle Item(string slug) => new(slug, $"Tiêu đề {slug}", "Thứ Hai, ngày 30/06/2025 07:43", "Tóm tắt");

    private static string ArticlePath(string slug) => $"{ListingPath}/-/asset_publisher/TW6LTp1ZtwaN/content/{slug}";
}

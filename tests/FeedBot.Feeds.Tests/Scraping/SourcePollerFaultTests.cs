using System.Text;
using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Storage;
using FeedBot.Testing;
using FeedBot.Testing.Builders;
using Microsoft.AspNetCore.Http;

namespace FeedBot.Feeds.Tests.Scraping;

/// <summary>
/// Each way the site can fail is a failed poll that loses nothing stored; the next good poll recovers.
/// Real fetcher, real parser, real SQLite store, a loopback fake site.
/// </summary>
public sealed class SourcePollerFaultTests : IAsyncLifetime
{
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private ScriptedSite _site = null!;

    public async Task InitializeAsync() => _site = await ScriptedSite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public static TheoryData<string> Faults => new() { "500", "503", "timeout", "reset", "truncated", "oversize", "binary", "zero-items" };

    [Theory]
    [MemberData(nameof(Faults))]
    public async Task PollAsync_SiteFails_RecordsFailedPollKeepsItemsAndRecoversNextPoll(string fault)
    {
        await using var host = await FeedsTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["FeedBot:Sources:0:ListingUrl"] = _site.Url(ListingPath).AbsoluteUri,
            ["FeedBot:Sources:0:BackfillPages"] = "1",
            ["FeedBot:Fetch:TimeoutSeconds"] = "1",
            ["FeedBot:Fetch:MaxResponseBytes"] = "100000",
        });
        var poller = host.Get<SourcePoller>();
        var store = host.Get<IItemStore>();
        var source = host.Source();
        _site.SetHtml(ListingPath, LiferayPageBuilder.Listing([Entry("bai-a")], ListingPath));
        Assert.Null((await poller.PollAsync(source, default)).Error);

        _site.Set(ListingPath, Fault(fault));
        var failed = await poller.PollAsync(source, default);

        Assert.NotNull(failed.Error);
        Assert.Equal(["bai-a"], (await store.GetLatestAsync(source.Id, 10, default)).Select(i => i.Key));
        var status = Assert.Single(await store.GetSourceStatusesAsync(default));
        Assert.Equal(1, status.ConsecutiveFailures);
        Assert.Equal(failed.Error, status.LastPoll!.Error);

        _site.SetHtml(ListingPath, LiferayPageBuilder.Listing([Entry("bai-b"), Entry("bai-a")], ListingPath));
        var recovered = await poller.PollAsync(source, default);

        Assert.Null(recovered.Error);
        Assert.Equal(1, recovered.ItemsNew);
        Assert.Equal(["bai-a", "bai-b"], (await store.GetLatestAsync(source.Id, 10, default)).Select(i => i.Key).Order());
        Assert.Equal(0, Assert.Single(await store.GetSourceStatusesAsync(default)).ConsecutiveFailures);
    }

    private static ListingEntry Entry(string slug) => new(slug, $"Tiêu đề {slug}", "Thứ Hai, ngày 30/06/2025 07:43", "Tóm tắt");

    private static RequestDelegate Fault(string fault) => fault switch
    {
        "500" => c => ScriptedSite.WriteAsync(c, 500, "<html>Internal error</html>"),
        "503" => c => { c.Response.Headers.RetryAfter = "120"; return ScriptedSite.WriteAsync(c, 503, "<html>Bảo trì</html>"); },
        "timeout" => async c => await Task.Delay(TimeSpan.FromSeconds(3), c.RequestAborted).ContinueWith(_ => { }),
        "reset" => c => { c.Abort(); return Task.CompletedTask; },
        "truncated" => async c =>
        {
            c.Response.ContentType = "text/html; charset=utf-8";
            c.Response.ContentLength = 10_000;
            await c.Response.Body.WriteAsync(Encoding.UTF8.GetBytes("<html><body><div class=\"news-item\">"));
            await c.Response.Body.FlushAsync();
            c.Abort();
        },
        "oversize" => c => ScriptedSite.WriteAsync(c, 200, "<html><body>" + new string('x', 300_000) + "</body></html>"),
        "binary" => async c =>
        {
            c.Response.ContentType = "image/png";
            await c.Response.Body.WriteAsync(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });
        },
        "zero-items" => c => ScriptedSite.WriteAsync(c, 200, "<html><body><h1>Hệ thống đang bảo trì</h1></body></html>"),
        _ => throw new ArgumentOutOfRangeException(nameof(fault)),
    };
}

using FeedBot.Feeds.Text;
using System.Text.Json;
using FeedBot.Testing.FakeSite;
using FeedBot.Worker.Commands;

namespace FeedBot.Worker.Tests.Commands;

public sealed class ScrapeCommandTests : IAsyncLifetime
{
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private const string PageParameter = "_101_INSTANCE_TW6LTp1ZtwaN_cur";
    private FakeMinistrySite _site = null!;

    public async Task InitializeAsync() => _site = await FakeMinistrySite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task RunAsync_JsonWithUrl_PrintsItemsWithUtcTimesAndWritesNothing()
    {
        // Not the source's configured listing: --url decides what is fetched.
        _site.AddListing("/other", PageParameter).Add(
            new FakeArticle("bai-a", "Bài A &amp; <b>", "Sunday 2025-06-28 21:55", "Tóm tắt A", "/documents/a.jpg"),
            new FakeArticle("bai-b", "Bài B", "Thứ Bẩy, ngày 26/04/2025 01:00"));
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var dbPath = Path.Combine(Path.GetTempPath(), $"scrape-{Guid.NewGuid():N}.db");

        var exit = await ScrapeCommand.RunAsync(
            ["scrape", "moh-leadership", "--json", "--url", _site.Url("/other").AbsoluteUri], stdout, stderr,
            new Dictionary<string, string?> { ["FeedBot:Storage:Sqlite:Path"] = dbPath });

        Assert.Equal(0, exit);
        Assert.Equal("", stderr.ToString());
        Assert.False(File.Exists(dbPath));
        using var json = JsonDocument.Parse(stdout.ToString());
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal("bai-a", items[0].GetProperty("id").GetString());
        Assert.Equal("Bài A &amp; <b>", items[0].GetProperty("title").GetString());
        Assert.Equal(_site.Url("/other/-/asset_publisher/TW6LTp1ZtwaN/content/bai-a").AbsoluteUri, items[0].GetProperty("link").GetString());
        Assert.Equal("2025-06-28T21:55:00Z", items[0].GetProperty("published").GetString());
        Assert.Equal("Tóm tắt A", items[0].GetProperty("summary").GetString());
        Assert.Equal(_site.Url("/documents/a.jpg").AbsoluteUri, items[0].GetProperty("image").GetString());
        Assert.Equal("2025-04-26T01:00:00Z", items[1].GetProperty("published").GetString());
    }

    [Fact]
    public async Task RunAsync_Table_PrintsVietnamTimes()
    {
        _site.AddListing(ListingPath, PageParameter).Add(new FakeArticle("bai-a", "Bài A", "Sunday 2025-06-28 21:55"));
        var stdout = new StringWriter();

        var exit = await ScrapeCommand.RunAsync(["scrape", "moh-leadership", "--url", _site.Url(ListingPath).AbsoluteUri], stdout, new StringWriter());

        Assert.Equal(0, exit);
        Assert.Contains("2025-06-29 04:55  Bài A", stdout.ToString());
    }

    [Fact]
    public async Task RunAsync_PageWithNoItems_ExitsOneWithReason()
    {
        _site.SetPage("/empty", "<html><body><p>Bảo trì hệ thống</p></body></html>");
        var stderr = new StringWriter();

        var exit = await ScrapeCommand.RunAsync(["scrape", "moh-leadership", "--url", _site.Url("/empty").AbsoluteUri], new StringWriter(), stderr);

        Assert.Equal(1, exit);
        Assert.Contains("zero items", stderr.ToString());
    }

    [Theory]
    [InlineData(new[] { "scrape" }, "Missing <sourceId>")]
    [InlineData(new[] { "scrape", "nope" }, "Unknown source 'nope'")]
    [InlineData(new[] { "scrape", "moh-leadership", "--url", "ftp://x" }, "--url: 'ftp://x' is not an absolute http(s) URL")]
    [InlineData(new[] { "scrape", "moh-leadership", "--verbose" }, "Unknown or incomplete option '--verbose'")]
    public async Task RunAsync_BadArguments_ExitsTwoWithUsage(string[] args, string expected)
    {
        var stderr = new StringWriter();

        var exit = await ScrapeCommand.RunAsync(args, new StringWriter(), stderr);

        Assert.Equal(2, exit);
        Assert.Contains(expected, stderr.ToString());
    }
}

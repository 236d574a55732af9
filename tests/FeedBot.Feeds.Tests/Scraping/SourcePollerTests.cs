using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Storage;
using FeedBot.Testing;
using FeedBot.Testing.Builders;
using Microsoft.AspNetCore.Http;

namespace FeedBot.Feeds.Tests.Scraping;

/// <summary>Paging, conditional GET and article retries of a poll, against a loopback fake site and real SQLite.</summary>
public sealed class SourcePollerTests : IAsyncLifetime
{
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private const string PageParameter = "_101_INSTANCE_TW6LTp1ZtwaN_cur";
    private readonly Dictionary<int, List<ListingEntry>> _pages = [];
    private ScriptedSite _site = null!;
    private FeedsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _site = await ScriptedSite.StartAsync();
        _site.Set(ListingPath, ServeListingAsync);
        _host = await FeedsTestHost.StartAsync(new Dictionary<string, string?>
        {
            ["FeedBot:Sources:0:ListingUrl"] = _site.Url(ListingPath).AbsoluteUri,
            ["FeedBot:Sources:0:BackfillPages"] = "2",
            ["FeedBot:Sources:0:MaxPagesPerPoll"] = "3",
            ["FeedBot:Sources:0:ArticleRetryMinutes"] = "0",
        });
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task PollAsync_FirstRun_WalksBackfillPagesAndMarksItemsBackfill()
    {
        SetPages(["a1", "a2"], ["b1", "b2"], ["c1"]);

        var poll = await Poll();

        Assert.Null(poll.Error);
        Assert.Equal(4, poll.ItemsNew);
        Assert.Equal(2, ListingRequests().Count);
        Assert.Equal(["a1", "a2", "b1", "b2"], await StoredKeys());
    }

    [Fact]
    public async Task PollAsync_LaterRun_GoesToNextPageOnlyWhileEveryItemIsNew()
    {
        SetPages(["a1", "a2"], ["b1"]);
        await Poll();
        SetPages(["n1", "n2"], ["n3", "a1"], ["a2", "b1"]);
        var before = ListingRequests().Count;

        var poll = await Poll();

        Assert.Equal(3, poll.ItemsNew);
        Assert.Equal(2, ListingRequests().Count - before);
        Assert.Contains("n3", await StoredKeys());
    }

    [Fact]
    public async Task PollAsync_SiteAnswersNotModified_SucceedsWithNoWork()
    {
        _site.Set(ListingPath, context =>
        {
            context.Response.Headers.ETag = "\"v1\"";
            if (context.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                context.Response.StatusCode = 304;
                return Task.CompletedTask;
            }

            return ScriptedSite.WriteAsync(context, 200, LiferayPageBuilder.Listing([Entry("a1")], ListingPath));
        });
        await Poll();

        var poll = await Poll();

        Assert.Null(poll.Error);
        Assert.Equal(304, poll.HttpStatus);
        Assert.Equal(0, poll.ItemsSeen);
    }

    [Fact]
    public async Task PollAsync_ArticleFailsOnce_KeepsItemAndFetchesArticleOnNextPoll()
    {
        SetPages(["a1"]);
        _site.SetStatus(ArticlePath("a1"), 502, "bad gateway");
        await Poll();
        Assert.Null(Assert.Single(await _host.Get<IItemStore>().GetLatestAsync("moh-leadership", 10, default)).ContentHtml);

        _site.SetHtml(ArticlePath("a1"), LiferayPageBuilder.Article("A1", "12/02/2025 | 08:11 AM", "<strong>Mở đầu</strong>", "Thân bài"));
        await Poll();

        var item = Assert.Single(await _host.Get<IItemStore>().GetLatestAsync("moh-leadership", 10, default));
        Assert.Contains("<strong>Mở đầu</strong>", item.ContentHtml);
    }

    private Task<Feeds.Model.PollRecord> Poll() => _host.Get<SourcePoller>().PollAsync(_host.Source(), default);

    private async Task<List<string>> StoredKeys() =>
        (await _host.Get<IItemStore>().GetLatestAsync("moh-leadership", 100, default)).Select(i => i.Key).Order().ToList();

    private List<string> ListingRequests() => _site.Requests.Where(r => r.StartsWith(ListingPath + "?", StringComparison.Ordinal) || r == ListingPath).ToList();

    private void SetPages(params string[][] pages)
    {
        _pages.Clear();
        for (var i = 0; i < pages.Length; i++)
        {
            _pages[i + 1] = pages[i].Select(Entry).ToList();
        }
    }

    private static ListingEntry Entry(string slug) => new(slug, $"Tiêu đề {slug}", "Thứ Hai, ngày 30/06/2025 07:43", "Tóm tắt");

    private static string ArticlePath(string slug) => $"{ListingPath}/-/asset_publisher/{LiferayPageBuilder.Instance}/content/{slug}";

    private Task ServeListingAsync(HttpContext context)
    {
        var page = int.TryParse(context.Request.Query[PageParameter], out var n) ? n : 1;
        return ScriptedSite.WriteAsync(context, 200, LiferayPageBuilder.Listing(_pages.GetValueOrDefault(page) ?? [], ListingPath));
    }
}

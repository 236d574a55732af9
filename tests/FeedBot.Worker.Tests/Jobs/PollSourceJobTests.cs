using System.Text.Json;
using FeedBot.Feeds.Storage;
using FeedBot.Testing.Storage;
using FeedBot.Testing.FakeSite;
using FeedBot.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FeedBot.Worker.Tests.Jobs;

/// <summary>
/// The worker host against the fake ministry site on loopback: start-up backfill, then a scheduled poll, the items read
/// back from the store and over HTTP; on SQLite and on PostgreSQL (the subclasses below).
/// </summary>
public abstract class PollSourceJobTests(StorageProvider provider) : IAsyncLifetime
{
    private const string SourceId = "moh-leadership";
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private const string PageParameter = "_101_INSTANCE_TW6LTp1ZtwaN_cur";
    private FakeMinistrySite _site = null!;
    private FakeListing _listing = null!;
    private TestStore _store = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync(provider);
        _site = await FakeMinistrySite.StartAsync();
        _listing = _site.AddListing(ListingPath, PageParameter, pageSize: 2);
    }

    public async Task DisposeAsync()
    {
        await _site.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task Execute_ItemAddedAndRetitledBetweenPolls_StoresEachItemOnceWithUtcTimesAndFullText()
    {
        _listing.Add(
            Item("bai-a", "Bài A", "Chủ Nhật, ngày 29/06/2025 21:55"),
            Item("bai-b", "Bài B", "Thứ Bẩy, ngày 28/06/2025 10:00"),
            Item("bai-c", "Bài C", "Thứ Sáu, ngày 27/06/2025 07:44"));
        _site.InjectFault(ArticlePath("bai-c"), SiteFault.ServerError());
        using var app = new WorkerAppFactory(Settings()) { Store = _store };
        _ = app.Server;
        await app.WaitForPollsAsync(1);
        var store = app.Services.GetRequiredService<IItemStore>();
        var firstSeenA = (await store.GetLatestAsync(SourceId, 50, default)).Single(i => i.Key == "bai-a").FirstSeenUtc;
        Assert.Null((await store.GetLatestAsync(SourceId, 50, default)).Single(i => i.Key == "bai-c").ContentHtml);

        _listing.Publish(Item("bai-moi", "Bài mới", "Thứ Hai, ngày 30/06/2025 07:43")).Retitle("bai-a", "Bài A (sửa)")
            .Replace("bai-c", c => c with { Title = "C", BodyHtml = "<p>Nội dung bai-c</p>", ArticleDateText = "12/02/2025 | 08:11 AM" });
        _site.ClearFaults();
        await TriggerPollAsync(app);
        await app.WaitForPollsAsync(2);

        var items = await store.GetLatestAsync(SourceId, 50, default);
        Assert.Equal(["bai-moi", "bai-a", "bai-b", "bai-c"], items.Select(i => i.Key));
        Assert.Equal(4, await app.ScalarAsync("SELECT COUNT(*) FROM items"));
        var a = items.Single(i => i.Key == "bai-a");
        Assert.Equal("Bài A (sửa)", a.Title);
        Assert.Equal(firstSeenA, a.FirstSeenUtc);
        Assert.True(a.UpdatedUtc > firstSeenA, $"updated {a.UpdatedUtc:O} should follow first seen {firstSeenA:O}");
        Assert.Equal(new DateTimeOffset(2025, 6, 29, 21, 55, 0, TimeSpan.Zero), a.PublishedUtc);
        Assert.Equal(new DateTimeOffset(2025, 6, 30, 7, 43, 0, TimeSpan.Zero), items[0].PublishedUtc);
        Assert.Equal(_site.Url($"{ListingPath}/-/asset_publisher/TW6LTp1ZtwaN/content/bai-moi").AbsoluteUri, items[0].Link);
        Assert.All(items, i => Assert.Contains($"Nội dung {i.Key}", i.ContentHtml));
        Assert.All(items, i => Assert.DoesNotContain("<script", i.ContentHtml!, StringComparison.OrdinalIgnoreCase));
        Assert.Equal(1, await app.ScalarAsync("SELECT COUNT(*) FROM items WHERE NOT is_backfill"));
        Assert.Equal(0, await app.ScalarAsync("SELECT COUNT(*) FROM polls WHERE error IS NOT NULL"));
        using var feed = JsonDocument.Parse(await app.CreateClient().GetStringAsync($"/feeds/{SourceId}.json"));
        var entries = feed.RootElement.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(["Bài mới", "Bài A (sửa)", "Bài B", "Bài C"], entries.Select(e => e.GetProperty("title").GetString()));
        Assert.Contains("Nội dung bai-moi", entries[0].GetProperty("content_html").GetString());
    }

    /// <summary>An item whose article has a lead, a body and a script the sanitizer must drop.</summary>
    private static FakeArticle Item(string slug, string title, string date) =>
        new(slug, title, date, $"Tóm tắt {title}...", $"/documents/20182/0/{slug}.jpg",
            $"<p><strong>Mở đầu {slug}</strong></p><p>Nội dung {slug}<script>alert(1)</script></p>",
            "12/02/2025 | 16:00 PM");

    private static string ArticlePath(string slug) => $"{ListingPath}/-/asset_publisher/TW6LTp1ZtwaN/content/{slug}";

    private Dictionary<string, string?> Settings() => new()
    {
        ["FeedBot:Sources:0:ListingUrl"] = _site.Url(ListingPath).AbsoluteUri,
        ["FeedBot:Sources:0:BackfillPages"] = "3",
        ["FeedBot:Sources:0:Schedule"] = "0 0 0 1 1 ? 2099",
        ["FeedBot:Fetch:TimeoutSeconds"] = "5",
        ["FeedBot:Sources:0:ArticleRetryMinutes"] = "0",
    };

    private static async Task TriggerPollAsync(WorkerAppFactory app)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(PollSourceJob.KeyFor(SourceId));
    }
}

public sealed class SqlitePollSourceJobTests() : PollSourceJobTests(StorageProvider.Sqlite);

public sealed class PostgresPollSourceJobTests() : PollSourceJobTests(StorageProvider.Postgres);

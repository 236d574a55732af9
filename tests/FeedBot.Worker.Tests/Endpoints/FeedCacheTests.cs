using System.Text.Json;
using System.Xml.Linq;
using FeedBot.Feeds.Storage;
using FeedBot.Testing.Builders;
using FeedBot.Testing.Storage;
using FeedBot.Worker.Serving;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>The render cache (kept until items change, no store reads per request) and PublicBaseUrl, each on its own host.</summary>
public sealed class FeedCacheTests
{
    [Fact]
    public async Task Get_NewItemStored_NextResponseHasItWithNewETag()
    {
        await using var host = await FeedHost.StartAsync([]);
        var client = host.App.CreateClient();
        using var before = await client.GetAsync("/feeds/moh-leadership.json");

        await host.SeedAsync([FeedItemBuilder.Item("tin-moi").WithTitle("Tin mới nhất").PublishedAt(new DateTimeOffset(2025, 7, 2, 1, 0, 0, TimeSpan.Zero)).Build()]);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/moh-leadership.json");
        request.Headers.IfNoneMatch.Add(before.Headers.ETag!);
        using var after = await client.SendAsync(request);
        using var json = JsonDocument.Parse(await after.Content.ReadAsStringAsync());

        Assert.Equal(System.Net.HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(before.Headers.ETag, after.Headers.ETag);
        Assert.Equal("Tin mới nhất", json.RootElement.GetProperty("items")[0].GetProperty("title").GetString());
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Get_Repeated_RendersOnceAndServesFromMemoryEvenWithoutTheStore(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var host = await FeedHost.StartAsync([], store);
        var client = host.App.CreateClient();
        var cache = host.App.Services.GetRequiredService<RenderCache>();
        var first = await client.GetStringAsync("/feeds/moh-leadership.rss");
        var renders = cache.Renders;

        await host.App.ScalarAsync("ALTER TABLE items RENAME TO items_elsewhere");
        var again = await client.GetStringAsync("/feeds/moh-leadership.rss");
        var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, "/feeds/moh-leadership.rss"));

        Assert.Equal(first, again);
        Assert.Equal(System.Net.HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(renders, cache.Renders);
    }

    [Fact]
    public async Task Get_ItemStoredThroughAnotherInstanceOnTheSamePostgresDatabase_ServedWithinFiveSeconds()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.Postgres);
        await using var serving = await FeedHost.StartAsync([], store);
        await using var polling = await FeedHost.StartAsync([], store);
        var client = serving.App.CreateClient();
        var before = await client.GetStringAsync("/feeds/moh-leadership.json");

        await polling.SeedAsync([FeedItemBuilder.Item("tin-moi").WithTitle("Tin từ máy khác").PublishedAt(new DateTimeOffset(2025, 7, 2, 1, 0, 0, TimeSpan.Zero)).Build()]);
        var deadline = DateTime.UtcNow.AddSeconds(5);
        string after;
        while (!(after = await client.GetStringAsync("/feeds/moh-leadership.json")).Contains("Tin từ máy khác", StringComparison.Ordinal) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
        }

        Assert.DoesNotContain("Tin từ máy khác", before);
        Assert.Contains("Tin từ máy khác", after);
    }

    [Fact]
    public async Task Get_PublicBaseUrlSet_SelfLinksAndPageLinksUseIt()
    {
        await using var host = await FeedHost.StartAsync(new() { ["FeedBot:Http:PublicBaseUrl"] = "https://feeds.example.org/bot" });
        var client = host.App.CreateClient();

        var rss = XDocument.Parse(await client.GetStringAsync("/feeds/moh-leadership.rss"));
        var atom = XDocument.Parse(await client.GetStringAsync("/feeds/moh-leadership.atom"));
        using var json = JsonDocument.Parse(await client.GetStringAsync("/feeds/moh-leadership.json"));
        var home = await client.GetStringAsync("/");
        var opml = await client.GetStringAsync("/feeds.opml");

        XNamespace a = "http://www.w3.org/2005/Atom";
        Assert.Equal("https://feeds.example.org/bot/feeds/moh-leadership.rss", rss.Descendants(a + "link").Single().Attribute("href")!.Value);
        Assert.Equal("https://feeds.example.org/bot/feeds/moh-leadership.atom",
            atom.Root!.Elements(a + "link").Single(l => l.Attribute("rel")!.Value == "self").Attribute("href")!.Value);
        Assert.Equal("https://feeds.example.org/bot/feeds/moh-leadership.json", json.RootElement.GetProperty("feed_url").GetString());
        Assert.Contains("href=\"https://feeds.example.org/bot/feeds/moh-leadership.atom\"", home);
        Assert.DoesNotContain("http://localhost", home);
        Assert.Contains("xmlUrl=\"https://feeds.example.org/bot/feeds/moh-leadership.rss\"", opml);
    }
}

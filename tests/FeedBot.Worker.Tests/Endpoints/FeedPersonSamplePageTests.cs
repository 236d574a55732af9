using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Storage;
using FeedBot.Testing.Builders;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.Storage;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>
/// The sample site's pages (Fixtures/site, copied from the library's tests) polled by the real worker from the loopback
/// fake site, then each shipped person's JSON feed read over HTTP: every person found where named, nobody where not,
/// "Thúc đẩy" and "tri thức" never Nguyễn Tri Thức.
/// </summary>
public sealed class FeedPersonSamplePageTests
{
    private const string Path = "/hoat-dong-cua-lanh-dao-bo";
    private const string Lan = "dao-hong-lan";
    private const string Thuan = "tran-van-thuan";
    private const string Tuyen = "do-xuan-tuyen";
    private const string Thuc = "nguyen-tri-thuc";
    private const string Huong = "nguyen-thi-lien-huong";
    private static readonly string[] People = [Lan, Thuan, Tuyen, Thuc, Huong];

    /// <summary>Who each item names, in listing order. The first Vietnamese item names nobody in the listing; its
    /// article (detail-000) names Nguyễn Tri Thức. Every other article is detail-001, which names nobody.</summary>
    public static TheoryData<string, StorageProvider, string[]> Pages => new()
    {
        { "listing-vi-page1.html", StorageProvider.Sqlite, [Thuc, "", Thuc, Lan, Thuan, Huong, Thuc, Huong, "", Thuan] },
        { "listing-vi-page1.html", StorageProvider.Postgres, [Thuc, "", Thuc, Lan, Thuan, Huong, Thuc, Huong, "", Thuan] },
        {
            "listing-en-page1.html", StorageProvider.Sqlite,
            [Lan, "", "", "", Lan, Lan, Tuyen, "", "", "", "", "", "", "", "", Thuan, "", Thuan, "", ""]
        },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task GetPersonFeeds_SamplePagePolledByTheWorker_EachPersonsFeedHoldsExactlyTheItemsNamingThem(
        string fixture, StorageProvider provider, string[] named)
    {
        await using var site = await FakeMinistrySite.StartAsync();
        await using var store = await TestStore.CreateAsync(provider);
        await using var app = new WorkerAppFactory(new Dictionary<string, string?>
        {
            ["FeedBot:Sources:0:ListingUrl"] = site.Url(Path).AbsoluteUri,
            ["FeedBot:Sources:0:Schedule"] = "0 0 0 1 1 ? 2099",
            ["FeedBot:Sources:0:BackfillPages"] = "1",
        }) { Store = store };
        var keys = Serve(site, fixture);
        _ = app.Server;

        await app.WaitForPollsAsync(1);

        var client = app.CreateClient();
        foreach (var person in People)
        {
            using var json = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync($"/feeds/moh-leadership.json?person={person}"));
            var expected = keys.Where((_, i) => named[i] == person).Order(StringComparer.Ordinal);
            Assert.Equal(expected, FeedHost.Keys(json).Order(StringComparer.Ordinal));
        }

        using var all = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/feeds/moh-leadership.json"));
        var untagged = all.RootElement.GetProperty("items").EnumerateArray().Where(i => !i.TryGetProperty("tags", out _)).Count();
        Assert.Equal(named.Count(n => n.Length == 0), untagged);
    }

    /// <summary>Serves the listing with its links moved to the fake site, and an article for each item, before the
    /// worker starts (and polls). The keys are read with the listing parser and the shipped source's selectors.</summary>
    private static IReadOnlyList<string> Serve(FakeMinistrySite site, string fixture)
    {
        var html = File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "site", fixture))
            .Replace("https://moh.gov.vn/", site.BaseUri.AbsoluteUri, StringComparison.Ordinal);
        site.SetListingPage(Path, "_101_INSTANCE_TW6LTp1ZtwaN_cur", 1, html);
        var source = SourceOptionsBuilder.MohLeadership().WithListingUrl(site.Url(Path)).Build();
        var keys = new ListingParser(new SiteDateParser()).Parse(html, site.Url(Path), source, DateTimeOffset.UtcNow).Select(i => i.Key).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            var article = i == 0 && fixture.Contains("-vi-", StringComparison.Ordinal) ? "detail-000.html" : "detail-001.html";
            site.SetArticle(keys[i], File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "Fixtures", "site", article)));
        }

        return keys;
    }
}

using FeedBot.Feeds.Model;
using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Storage;
using FeedBot.Testing.FakeSite;

namespace FeedBot.Feeds.Tests.People;

/// <summary>
/// The sample site's pages polled from the loopback fake site into the real store (SQLite and PostgreSQL) with the
/// shipped people: every item tagged with whom its title, summary or article names, and nobody else.
/// </summary>
public abstract class ItemTaggingSamplePageTests(StorageProvider provider) : IAsyncLifetime
{
    private const string Path = "/hoat-dong-cua-lanh-dao-bo";
    private const string PageParameter = "_101_INSTANCE_TW6LTp1ZtwaN_cur";
    private const string Lan = "dao-hong-lan";
    private const string Thuan = "tran-van-thuan";
    private const string Tuyen = "do-xuan-tuyen";
    private const string Thuc = "nguyen-tri-thuc";
    private const string Huong = "nguyen-thi-lien-huong";
    private FakeMinistrySite _site = null!;
    private FeedsTestHost _host = null!;

    public async Task InitializeAsync()
    {
        _site = await FakeMinistrySite.StartAsync();
        _host = await FeedsTestHost.StartAsync(
            new Dictionary<string, string?>
            {
                ["FeedBot:Sources:0:ListingUrl"] = _site.Url(Path).AbsoluteUri,
                ["FeedBot:Sources:0:BackfillPages"] = "1",
            },
            provider: provider);
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task PollAsync_VietnamesePage_ListingTagsThenArticleAddsThucToAnUntaggedItem()
    {
        var keys = Serve("listing-vi-page1.html", articleNamingThuc: 0);

        await _host.Get<SourcePoller>().PollAsync(_host.Source(), default);

        Assert.Equal([Thuc, "", Thuc, Lan, Thuan, Huong, Thuc, Huong, "", Thuan], await TagsAsync(keys));
    }

    [Fact]
    public async Task PollAsync_EnglishPage_ThucDayTitleAndTriThucArticlesTagNobody()
    {
        var keys = Serve("listing-en-page1.html", articleNamingThuc: null);

        await _host.Get<SourcePoller>().PollAsync(_host.Source(), default);

        var tags = await TagsAsync(keys);
        Assert.Equal([Lan, "", "", "", Lan, Lan, Tuyen, "", "", "", "", "", "", "", "", Thuan, "", Thuan, "", ""], tags);
        var thucDay = (await _host.Get<IItemStore>().GetLatestAsync("moh-leadership", 50, default))
            .Single(i => i.Title.StartsWith("Thúc đẩy y tế từ xa", StringComparison.Ordinal));
        Assert.NotNull(thucDay.ContentHtml);
        Assert.Empty(thucDay.PersonIds);
    }

    [Fact]
    public async Task PollAsync_BothSamplePages_EveryShippedPersonTaggedSomewhere()
    {
        Serve("listing-vi-page1.html", articleNamingThuc: null);
        await _host.Get<SourcePoller>().PollAsync(_host.Source(), default);
        Serve("listing-en-page1.html", articleNamingThuc: null);
        await _host.Get<SourcePoller>().PollAsync(_host.Source(), default);

        var store = _host.Get<IItemStore>();
        foreach (var person in new[] { Lan, Thuan, Tuyen, Thuc, Huong })
        {
            Assert.NotEmpty(await store.GetLatestForPeopleAsync([person], 50, "moh-leadership", default));
        }
    }

    /// <summary>Serves the listing (links moved to the fake site) and, for each item, detail-001 (it names nobody,
    /// though it says "tri thức" and "thúc đẩy") or, for item <paramref name="articleNamingThuc"/>, detail-000 (it names
    /// Nguyễn Tri Thức). Returns the items' keys in listing order.</summary>
    private IReadOnlyList<string> Serve(string fixture, int? articleNamingThuc)
    {
        var html = Fixture.Read($"site/{fixture}").Replace("https://moh.gov.vn/", _site.BaseUri.AbsoluteUri, StringComparison.Ordinal);
        _site.SetListingPage(Path, PageParameter, 1, html);
        var keys = new ListingParser(new SiteDateParser())
            .Parse(html, _site.Url(Path), _host.Source(), DateTimeOffset.UtcNow).Select(i => i.Key).ToList();
        for (var i = 0; i < keys.Count; i++)
        {
            _site.SetArticle(keys[i], Fixture.Read(i == articleNamingThuc ? "site/detail-000.html" : "site/detail-001.html"));
        }

        return keys;
    }

    private async Task<string[]> TagsAsync(IReadOnlyList<string> keys)
    {
        var items = (await _host.Get<IItemStore>().GetLatestAsync("moh-leadership", 50, default)).ToDictionary(i => i.Key);
        Assert.All(items.Values, i => Assert.NotNull(i.ContentHtml));
        return [.. keys.Select(k => string.Join(' ', items[k].PersonIds))];
    }
}

public sealed class SqliteItemTaggingSamplePageTests() : ItemTaggingSamplePageTests(StorageProvider.Sqlite);

public sealed class PostgresItemTaggingSamplePageTests() : ItemTaggingSamplePageTests(StorageProvider.Postgres);

using AngleSharp.Html.Parser;
using FeedBot.Feeds.People;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Tests.Scraping;
using FeedBot.Testing.Builders;

namespace FeedBot.Feeds.Tests.People;

/// <summary>The shipped people (from the repository's appsettings.json, through <c>AddFeedBotFeeds</c>) over the
/// sample site's pages, read by the real listing and article parsers.</summary>
public sealed class PersonMatcherSamplePageTests : IDisposable
{
    private const string Lan = "dao-hong-lan";
    private const string Thuan = "tran-van-thuan";
    private const string Tuyen = "do-xuan-tuyen";
    private const string Thuc = "nguyen-tri-thuc";
    private const string Huong = "nguyen-thi-lien-huong";
    private static readonly Uri Page = new("https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo");
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private static readonly string[] VietnamesePage1 = ["", "", Thuc, Lan, Thuan, Huong, Thuc, Huong, "", Thuan];

    private readonly FetcherHost _host = new();
    private readonly Feeds.Sources.SourceOptions _source = SourceOptionsBuilder.MohLeadership().Build();

    private PersonMatcher Matcher => _host.Get<PersonMatcher>();

    public static TheoryData<string, string[]> Listings => new()
    {
        { "listing-vi-page1.html", VietnamesePage1 },
        { "listing-vi-nfd.html", VietnamesePage1 },
        { "listing-vi-entities.html", VietnamesePage1 },
        { "listing-vi-page2.html", ["", Thuan, "", Lan, "", Lan, Lan, "", Huong, Lan] },
        {
            "listing-en-page1.html",
            [Lan, "", "", "", Lan, Lan, Tuyen, "", "", "", "", "", "", "", "", Thuan, "", Thuan, "", ""]
        },
    };

    [Theory]
    [MemberData(nameof(Listings))]
    public void MatchIds_ListingTitlesAndSummaries_EachItemTaggedWithWhoItNames(string fixture, string[] expected)
    {
        var items = Listing(fixture);

        var tags = items.Select(i => string.Join(' ', Matcher.MatchIds(i.Title, i.Summary))).ToArray();

        Assert.Equal(expected, tags);
    }

    [Fact]
    public void MatchIds_AllSamplePages_EveryShippedPersonFoundSomewhere()
    {
        var found = Listings.Select(row => (string)row[0])
            .SelectMany(Listing)
            .SelectMany(i => Matcher.MatchIds(i.Title, i.Summary))
            .ToHashSet();

        Assert.Equal(Matcher.People.Select(p => p.Id).Order(), found.Order());
    }

    [Fact]
    public void MatchIds_ThucDayTitle_IsNotNguyenTriThuc()
    {
        var items = Listing("listing-en-page1.html");
        var thucDay = Assert.Single(items, i => i.Title.StartsWith("Thúc đẩy y tế từ xa", StringComparison.Ordinal));

        Assert.Empty(Matcher.MatchIds(thucDay.Title, thucDay.Summary));
    }

    [Fact]
    public void MatchIds_Article000_NamesNguyenTriThuc()
    {
        Assert.Equal([Thuc], Matcher.MatchIds(ArticleText("detail-000.html")));
    }

    [Fact]
    public void MatchIds_Article001_NamesNoShippedPerson()
    {
        var text = ArticleText("detail-001.html");

        Assert.Contains("tri thức", text, StringComparison.Ordinal);
        Assert.Contains("thúc đẩy", text, StringComparison.Ordinal);
        Assert.Empty(Matcher.MatchIds(text));
    }

    [Fact]
    public void MatchIds_RawDecomposedPageText_SameAsTheParsedPage()
    {
        var raw = new HtmlParser().ParseDocument(Fixture.Read("site/listing-vi-nfd.html")).Body!.TextContent;

        Assert.Contains("Nguye\u0302\u0303n Tri Thu\u031B\u0301c", raw, StringComparison.Ordinal);
        Assert.Equal([Lan, Thuan, Thuc, Huong], Matcher.MatchIds(raw));
    }

    public void Dispose() => _host.Dispose();

    private IReadOnlyList<Model.ScrapedItem> Listing(string fixture) =>
        new ListingParser(new SiteDateParser()).Parse(Fixture.Read($"site/{fixture}"), Page, _source, Now);

    private string ArticleText(string fixture)
    {
        var article = new ArticleParser(new SiteDateParser(), new HtmlSanitizer()).Parse(Fixture.Read($"site/{fixture}"), Page, _source);
        return new HtmlParser().ParseDocument(article.BodyHtml).Body!.TextContent;
    }
}

using FeedBot.Feeds.Scraping;
using FeedBot.Testing.Builders;
using FeedBot.Testing.FakeSite;

namespace FeedBot.Feeds.Tests.Scraping;

/// <summary>Fetch then parse through the fake site, as the poller will: paging, changing listings, articles by slug.</summary>
public sealed class ScrapeOverHttpTests : IAsyncLifetime, IDisposable
{
    private const string Path = "/hoat-dong-cua-lanh-dao-bo";
    private const string PageParameter = "_101_INSTANCE_TW6LTp1ZtwaN_cur";
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private readonly FetcherHost _host = new();
    private FakeMinistrySite _site = null!;

    public async Task InitializeAsync() => _site = await FakeMinistrySite.StartAsync();

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task FetchAndParse_ListingPagesByPageParameter_EachPageItsItems()
    {
        _site.SetListingPage(Path, PageParameter, 1, Fixture.Read("site/listing-vi-page1.html"));
        _site.SetListingPage(Path, PageParameter, 2, Fixture.Read("site/listing-vi-page2.html"));
        var source = SourceOptionsBuilder.MohLeadership().WithListingUrl(_site.Url(Path)).Build();

        var page1 = await ScrapeAsync(_site.Url(Path), source);
        var page2 = await ScrapeAsync(_site.Url($"{Path}?{source.PagingQuery}&{PageParameter}=2"), source);

        Assert.Equal(10, page1.Count);
        Assert.Equal("bo-y-te-tang-cuong-au-tu-ha-tang-thiet-bi-hien-ai-tai-cac-trung-tam-y-khoa-lon-trong-linh-vuc-ien-qu", page1[0].Key);
        Assert.Equal("hoi-nghi-quan-triet-ket-luan-132-kl-tw-cua-bo-chinh-tri", page2[0].Key);
        Assert.Equal(2, _site.RequestCount(Path));
    }

    [Fact]
    public async Task FetchAndParse_ListingChangesBetweenPolls_NewItemAndNewTitleSeen()
    {
        var listing = _site.AddListing(Path, PageParameter).Add(
            new FakeArticle("bai-mot", "Bài một", "Thứ Bẩy, ngày 26/04/2025 01:00", "Tóm tắt một", "/documents/1.jpg"),
            new FakeArticle("bai-hai", "Bài hai", "Sunday 2025-06-28 21:55"));
        var source = SourceOptionsBuilder.MohLeadership().WithListingUrl(_site.Url(Path)).Build();
        var first = await _host.Fetcher.FetchAsync(_site.Url(Path), null, CancellationToken.None);

        listing.Publish(new FakeArticle("bai-ba", "Bài ba & mới", "Chủ nhật, ngày 27/04/2025 09:30")).Retitle("bai-hai", "Bài hai (sửa)");
        var second = await _host.Fetcher.FetchAsync(_site.Url(Path), first.Validators, CancellationToken.None);
        var items = new ListingParser(new SiteDateParser()).Parse(second.Html!, second.FinalUri, source, Now);

        Assert.False(second.NotModified);
        Assert.Equal(["bai-ba", "bai-mot", "bai-hai"], items.Select(i => i.Key));
        Assert.Equal("Bài ba & mới", items[0].Title);
        Assert.Equal("Bài hai (sửa)", items[2].Title);
        Assert.Equal(new DateTimeOffset(2025, 6, 28, 21, 55, 0, TimeSpan.Zero), items[2].PublishedUtc);
        Assert.Equal(_site.Url(Path + "/-/asset_publisher/TW6LTp1ZtwaN/content/bai-mot").AbsoluteUri, items[1].Link);
        Assert.Equal(_site.Url("/documents/1.jpg").AbsoluteUri, items[1].ImageUrl);
        Assert.Equal("Tóm tắt một", items[1].Summary);
    }

    [Fact]
    public async Task FetchAndParse_ArticleUnderOtherInstanceWithJsessionid_ServedBySlugAndSanitized()
    {
        _site.AddListing(Path, PageParameter).Add(
            new FakeArticle("bai-mot", "Bài một", "Thứ Bẩy, ngày 26/04/2025 01:00", BodyHtml: "<p><strong>Mở đầu</strong></p><script>x()</script><p>Nguồn: baochinhphu.vn</p>"));
        var url = _site.Url("/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/content/bai-mot;jsessionid=ABC?redirect=%2F");
        var source = SourceOptionsBuilder.MohLeadership().Build();

        var page = await _host.Fetcher.FetchAsync(url, null, CancellationToken.None);
        var article = new ArticleParser(new SiteDateParser(), new Feeds.Sanitizing.HtmlSanitizer()).Parse(page.Html!, page.FinalUri, source);

        Assert.Equal("<p><strong>Mở đầu</strong></p>\n<p>Nguồn: baochinhphu.vn</p>", article.BodyHtml);
        Assert.Equal("Bài một", article.Title);
        Assert.Equal(new DateTimeOffset(2025, 2, 12, 8, 11, 0, TimeSpan.Zero), article.PublishedUtc);
        Assert.Equal(1, _site.ArticleRequestCount("bai-mot"));
    }

    [Fact]
    public async Task FetchAndParse_UnchangedListing_NotModifiedAndNothingToParse()
    {
        _site.AddListing(Path, PageParameter).Add(new FakeArticle("bai-mot", "Bài một", "Thứ Bẩy, ngày 26/04/2025 01:00"));
        var first = await _host.Fetcher.FetchAsync(_site.Url(Path), null, CancellationToken.None);

        var second = await _host.Fetcher.FetchAsync(_site.Url(Path), first.Validators, CancellationToken.None);

        Assert.True(second.NotModified);
        Assert.Equal(2, _site.RequestCount(Path));
    }

    private async Task<IReadOnlyList<Feeds.Model.ScrapedItem>> ScrapeAsync(Uri url, Feeds.Sources.SourceOptions source)
    {
        var page = await _host.Fetcher.FetchAsync(url, null, CancellationToken.None);
        return new ListingParser(new SiteDateParser()).Parse(page.Html!, page.FinalUri, source, Now);
    }
}

using FeedBot.Feeds.Scraping;
using FeedBot.Testing.Builders;

namespace FeedBot.Feeds.Tests.Scraping;

public sealed class ItemIdentityTests
{
    private const string Slug = "bo-y-te-tiep-nhan-500-000-vac-xin-soi-do-tap-oan-fpt-tai-tro";
    private const string Canonical = "https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/TW6LTp1ZtwaN/content/" + Slug;
    private static readonly Uri ListingPage = new("https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo?p_p_id=101_INSTANCE_TW6LTp1ZtwaN&_101_INSTANCE_TW6LTp1ZtwaN_cur=2");
    private readonly Feeds.Sources.SourceOptions _source = SourceOptionsBuilder.MohLeadership().Build();

    [Theory]
    [InlineData(Canonical)]
    [InlineData(Canonical + "?inheritRedirect=false&redirect=https%3A%2F%2Fmoh.gov.vn%2Fhoat-dong-cua-lanh-dao-bo%3F_101_INSTANCE_TW6LTp1ZtwaN_cur%3D1")]
    [InlineData(Canonical + "?redirect=https%3A%2F%2Fmoh.gov.vn%2Fhoat-dong-cua-lanh-dao-bo%3F_101_INSTANCE_TW6LTp1ZtwaN_cur%3D3&inheritRedirect=true")]
    [InlineData(Canonical + ";jsessionid=9F2C1A7E0B3D4C5E6F708192A3B4C5D6?inheritRedirect=false")]
    [InlineData("/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/TW6LTp1ZtwaN/content/" + Slug + "?inheritRedirect=false")]
    [InlineData("hoat-dong-cua-lanh-dao-bo/-/asset_publisher/TW6LTp1ZtwaN/content/" + Slug + ";jsessionid=ABC#top")]
    [InlineData("  https://moh.gov.vn:443/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/TW6LTp1ZtwaN/content/" + Slug + "  ")]
    public void From_LinkVariants_SameKeyAndCanonicalLink(string href)
    {
        var identity = ItemIdentity.From(href, ListingPage, _source);

        Assert.NotNull(identity);
        Assert.Equal(Slug, identity.Key);
        Assert.Equal(Canonical, identity.Link.AbsoluteUri);
    }

    [Fact]
    public void From_SameArticleUnderAnotherInstanceId_SameKey()
    {
        var listed = ItemIdentity.From(Canonical + "?redirect=x", ListingPage, _source);
        var stored = ItemIdentity.From($"https://moh.gov.vn/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/content/{Slug}?inheritRedirect=false", ListingPage, _source);

        Assert.Equal(listed!.Key, stored!.Key);
        Assert.Equal($"https://moh.gov.vn/tin-tong-hop/-/asset_publisher/k206Q9qkZOqn/content/{Slug}", stored.Link.AbsoluteUri);
    }

    [Fact]
    public void From_OtherQueryParameters_KeptInLinkAndKeyWhenNoPattern()
    {
        var identity = ItemIdentity.From("/news/view?id=42&redirect=%2Fhome&lang=vi#comments", ListingPage, _source);

        Assert.NotNull(identity);
        Assert.Equal("https://moh.gov.vn/news/view?id=42&lang=vi", identity.Link.AbsoluteUri);
        Assert.Equal("https://moh.gov.vn/news/view?id=42&lang=vi", identity.Key);
    }

    [Fact]
    public void From_EncodedSlug_KeyIsUnescaped()
    {
        var identity = ItemIdentity.From("/x/-/asset_publisher/A/content/bo-y-te%2Dmoi", ListingPage, _source);

        Assert.Equal("bo-y-te-moi", identity!.Key);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("mailto:a@b.vn")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("ftp://moh.gov.vn/file")]
    [InlineData("")]
    [InlineData(null)]
    public void From_NotAnHttpLink_ReturnsNull(string? href)
    {
        Assert.Null(ItemIdentity.From(href, ListingPage, _source));
    }
}

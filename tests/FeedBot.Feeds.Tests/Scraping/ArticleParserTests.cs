using System.Xml;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Scraping;
using FeedBot.Testing.Builders;

namespace FeedBot.Feeds.Tests.Scraping;

public sealed class ArticleParserTests
{
    private static readonly Uri ArticleUrl = new("https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/TW6LTp1ZtwaN/content/tong-bi-thu-to-lam");
    private readonly ArticleParser _parser = new(new SiteDateParser(), new HtmlSanitizer());
    private readonly Feeds.Sources.SourceOptions _source = SourceOptionsBuilder.MohLeadership().Build();

    [Fact]
    public void Parse_Detail001_BodyMatchesGoldenWithTitleAnd16PmDate()
    {
        var article = _parser.Parse(Fixture.Read("site/detail-001.html"), ArticleUrl, _source);

        Fixture.AssertGolden("sanitized/detail-001.html", article.BodyHtml);
        Assert.Equal("Tổng Bí thư Tô Lâm chủ trì Phiên họp Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số", article.Title);
        Assert.Equal(new DateTimeOffset(2025, 3, 5, 16, 0, 0, TimeSpan.Zero), article.PublishedUtc);
    }

    [Fact]
    public void Parse_Detail000_BodyMatchesGoldenWith0811AmDate()
    {
        var article = _parser.Parse(Fixture.Read("site/detail-000.html"), ArticleUrl, _source);

        Fixture.AssertGolden("sanitized/detail-000.html", article.BodyHtml);
        Assert.Equal(new DateTimeOffset(2025, 2, 12, 8, 11, 0, TimeSpan.Zero), article.PublishedUtc);
    }

    [Fact]
    public void Parse_Detail001_KeepsLeadPhotosCaptionsAndSourceLineDropsRelatedNewsAndPoll()
    {
        var body = _parser.Parse(Fixture.Read("site/detail-001.html"), ArticleUrl, _source).BodyHtml;

        Assert.StartsWith("<p><strong>Chiều ngày 04/3/2025, tại trụ sở Trung ương Đảng", body);
        Assert.Contains("<p><img src=\"https://moh.gov.vn/documents/20182/0/anh-4.jpg\" alt=\"\" /></p>\n<p><em>Xây dựng nền tảng số, hạ tầng số</em></p>", body);
        Assert.EndsWith("<p><strong>Nguồn: baochinhphu.vn</strong></p>", body);
        Assert.Equal(3, CountOf(body, "<img "));
        Assert.DoesNotContain("Tin liên quan", body);
        Assert.DoesNotContain("Thăm dò", body);
        Assert.DoesNotContain("In bài viết", body);
        Assert.DoesNotContain("style=", body);
    }

    [Fact]
    public void Parse_HostileArticle_BodyMatchesGoldenAndCarriesNothingExecutable()
    {
        var body = _parser.Parse(Fixture.Read("site/detail-hostile.html"), ArticleUrl, _source).BodyHtml;

        Fixture.AssertGolden("sanitized/detail-hostile.html", body);
        foreach (var banned in new[] { "<script", "alert", "<iframe", "<style", "onerror", "onclick", "javascript:", "vbscript:", "data:", "<form", "<svg", "<object", "<embed", "class=", "id=", "\u0001" })
        {
            Assert.DoesNotContain(banned, body, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [InlineData("site/detail-000.html")]
    [InlineData("site/detail-001.html")]
    [InlineData("site/detail-hostile.html")]
    public void Parse_AnyArticle_BodyIsWellFormedXml(string fixture)
    {
        var body = _parser.Parse(Fixture.Read(fixture), ArticleUrl, _source).BodyHtml;

        var document = new XmlDocument();
        document.LoadXml("<body>" + body + "</body>");
        Assert.NotEmpty(document.DocumentElement!.ChildNodes.Cast<XmlNode>());
    }

    [Fact]
    public void Parse_MaintenancePage_ThrowsNamingBodySelector()
    {
        var ex = Assert.Throws<ScrapeException>(() => _parser.Parse(Fixture.Read("site/maintenance.html"), ArticleUrl, _source));

        Assert.Equal(
            $"The article page {ArticleUrl} has no body matching selector '.asset-content .journal-content-article' for source 'moh-leadership' " +
            "(layout changed or maintenance page). Check FeedBot:Sources:N:Selectors:Detail:Body.",
            ex.Message);
    }

    [Fact]
    public void Parse_NoTitleOrDateOnPage_ReturnsNulls()
    {
        var html = "<div class='asset-content'><div class='journal-content-article'><p>Chỉ có nội dung.</p></div></div>";

        var article = _parser.Parse(html, ArticleUrl, _source);

        Assert.Equal("<p>Chỉ có nội dung.</p>", article.BodyHtml);
        Assert.Null(article.Title);
        Assert.Null(article.PublishedUtc);
    }

    private static int CountOf(string text, string part) => (text.Length - text.Replace(part, "").Length) / part.Length;
}

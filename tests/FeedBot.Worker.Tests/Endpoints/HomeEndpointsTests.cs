using System.Net;
using System.Xml.Linq;
using AngleSharp.Html.Parser;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>The Vietnamese home page (autodiscovery, latest items in Vietnam time, encoding) and the OPML list.</summary>
public sealed class HomeEndpointsTests(FeedHost host) : IClassFixture<FeedHost>
{
    [Fact]
    public async Task Get_Home_VietnameseHtmlWithAutodiscoveryForEveryFeedOfEverySource()
    {
        using var response = await host.App.CreateClient().GetAsync("/");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Equal("vi", document.DocumentElement.GetAttribute("lang"));
        var alternates = document.Head!.QuerySelectorAll("link[rel=alternate]")
            .Select(l => (l.GetAttribute("type"), l.GetAttribute("href"))).ToList();
        Assert.Equal(
        [
            ("application/rss+xml", "http://localhost/feeds/moh-leadership.rss"),
            ("application/atom+xml", "http://localhost/feeds/moh-leadership.atom"),
            ("application/feed+json", "http://localhost/feeds/moh-leadership.json"),
            ("application/rss+xml", "http://localhost/feeds/moh-news.rss"),
            ("application/atom+xml", "http://localhost/feeds/moh-news.atom"),
            ("application/feed+json", "http://localhost/feeds/moh-news.json"),
        ], alternates);
    }

    [Fact]
    public async Task Get_Home_LatestItemsWithVietnamTimeSummaryAndFeedLinks()
    {
        var document = new HtmlParser().ParseDocument(await host.App.CreateClient().GetStringAsync("/"));
        var section = document.QuerySelectorAll("section").First();
        var first = section.QuerySelector("li")!;

        Assert.Equal("Bộ Y tế: Hoạt động của lãnh đạo Bộ", section.QuerySelector("h2")!.TextContent);
        Assert.Equal("Bộ trưởng Đào Hồng Lan tiếp Đoàn công tác WHO", first.QuerySelector("a")!.TextContent);
        Assert.Equal("14:43, 30/06/2025 (giờ Việt Nam)", first.QuerySelector("time")!.TextContent);
        Assert.Equal("2025-06-30T07:43:00Z", first.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("Sáng 30/6, tại trụ sở Bộ Y tế.", first.QuerySelector("p")!.TextContent);
        Assert.Equal(["RSS", "Atom", "JSON Feed"], section.QuerySelectorAll("a[href^='http://localhost/feeds/']").Select(a => a.TextContent));
        Assert.Equal("Chưa có tin nào.", document.QuerySelectorAll("section").Last().QuerySelector("p:last-child")!.TextContent);
    }

    [Fact]
    public async Task Get_Home_MarkupInTitlesIsEncodedText()
    {
        var html = await host.App.CreateClient().GetStringAsync("/");
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Empty(document.QuerySelectorAll("li b"));
        Assert.Contains(document.QuerySelectorAll("li a"), a => a.TextContent == FeedHost.HostileTitle);
    }

    [Fact]
    public async Task Get_Opml_ListsEverySourceWithAbsoluteFeedUrls()
    {
        using var response = await host.App.CreateClient().GetAsync("/feeds.opml");
        var opml = XDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/x-opml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2.0", opml.Root!.Attribute("version")!.Value);
        var outlines = opml.Root.Element("body")!.Elements("outline").ToList();
        Assert.Equal(["http://localhost/feeds/moh-leadership.rss", "http://localhost/feeds/moh-news.rss"], outlines.Select(o => o.Attribute("xmlUrl")!.Value));
        Assert.Equal(["Bộ Y tế: Hoạt động của lãnh đạo Bộ", "Bộ Y tế: Tin tổng hợp"], outlines.Select(o => o.Attribute("text")!.Value));
        Assert.All(outlines, o => Assert.Equal("rss", o.Attribute("type")!.Value));
        Assert.EndsWith("/hoat-dong-cua-lanh-dao-bo", outlines[0].Attribute("htmlUrl")!.Value);
        Assert.EndsWith("/tin-tong-hop", outlines[1].Attribute("htmlUrl")!.Value);
    }
}

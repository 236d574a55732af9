using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>The people on the home page and in OPML: their own feeds (<c>?person=</c>) of every source, through the real host.</summary>
public sealed class HomePeopleEndpointTests(FeedHost host) : IClassFixture<FeedHost>
{
    [Fact]
    public async Task Get_Home_EveryPersonLinksToTheirOwnFeedsOfEverySourceInEachFormat()
    {
        var document = await GetPageAsync("/");
        var people = document.QuerySelectorAll("#lanh-dao ~ ul > li").ToList();
        var tuyen = people[2].QuerySelectorAll("ul.links a").Select(a => (a.TextContent, a.GetAttribute("href"), a.GetAttribute("aria-label"))).ToList();

        Assert.Equal(5, people.Count);
        Assert.All(people, p => Assert.Equal(6, p.QuerySelectorAll("ul.links a").Length));
        Assert.Equal(["Bộ Y tế: Hoạt động của lãnh đạo Bộ", "Bộ Y tế: Tin tổng hợp"], people[2].QuerySelectorAll("p.muted").Select(p => p.TextContent));
        Assert.Equal(
            ("RSS", "http://localhost/feeds/moh-leadership.rss?person=do-xuan-tuyen", "RSS: tin về Đỗ Xuân Tuyên, Bộ Y tế: Hoạt động của lãnh đạo Bộ"),
            tuyen[0]);
        Assert.Equal(
            ["http://localhost/feeds/moh-leadership.atom?person=do-xuan-tuyen", "http://localhost/feeds/moh-leadership.json?person=do-xuan-tuyen",
             "http://localhost/feeds/moh-news.rss?person=do-xuan-tuyen"],
            tuyen.Skip(1).Take(3).Select(l => l.Item2));
        Assert.Contains(
            document.QuerySelectorAll("link[rel=alternate]"),
            l => l.GetAttribute("href") == "http://localhost/feeds/moh-leadership.rss?person=dao-hong-lan" && l.GetAttribute("type") == "application/rss+xml");

        using var json = await host.GetJsonAsync(new Uri(tuyen[2].Item2!).PathAndQuery);
        Assert.Equal(["thu-truong-kiem-tra"], FeedHost.Keys(json));
    }

    [Fact]
    public async Task Get_Opml_AFolderOfPeopleWithAFeedPerPersonPerSource()
    {
        var opml = XDocument.Parse(await host.App.CreateClient().GetStringAsync("/feeds.opml"));

        var folder = Assert.Single(opml.Root!.Element("body")!.Elements("outline"), o => o.Attribute("type") is null);
        var feeds = folder.Elements("outline").ToList();
        Assert.Equal("Lãnh đạo Bộ", folder.Attribute("text")!.Value);
        Assert.Equal(10, feeds.Count);
        Assert.All(feeds, o => Assert.Equal("rss", o.Attribute("type")!.Value));
        Assert.Equal("http://localhost/feeds/moh-leadership.rss?person=dao-hong-lan", feeds[0].Attribute("xmlUrl")!.Value);
        Assert.Equal("Bộ Y tế: Hoạt động của lãnh đạo Bộ: Đào Hồng Lan", feeds[0].Attribute("text")!.Value);
        Assert.Equal("Bộ trưởng Đào Hồng Lan", feeds[0].Attribute("description")!.Value);
        Assert.Equal("http://localhost/feeds/moh-news.rss?person=dao-hong-lan", feeds[1].Attribute("xmlUrl")!.Value);
        Assert.Equal("http://localhost/feeds/moh-news.rss?person=nguyen-thi-lien-huong", feeds[9].Attribute("xmlUrl")!.Value);

        var rss = XDocument.Parse(await host.App.CreateClient().GetStringAsync(feeds[0].Attribute("xmlUrl")!.Value));
        Assert.Equal(["Bộ trưởng Đào Hồng Lan tiếp Đoàn công tác WHO"], rss.Descendants("item").Select(i => i.Element("title")!.Value));
    }

    private async Task<IDocument> GetPageAsync(string path) =>
        new HtmlParser().ParseDocument(await host.App.CreateClient().GetStringAsync(path));
}

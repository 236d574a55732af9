using FeedBot.Feeds.Text;
using System.Net;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FeedBot.Worker.Telegram.Conversation;
using FeedBot.Worker.Tests.Telegram;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>The Vietnamese home page (structure, autodiscovery, latest items in Vietnam time, people, subscribe and
/// Telegram links, encoding) and the OPML list, through the real worker.</summary>
public sealed class HomeEndpointsTests(FeedHost host) : IClassFixture<FeedHost>
{
    [Fact]
    public async Task Get_Home_VietnameseHtmlWithAutodiscoveryForEveryFeedOfEverySource()
    {
        using var response = await host.App.CreateClient().GetAsync("/");
        var document = new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
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
        ], alternates.Take(6));
        Assert.Equal(10, alternates.Skip(6).Count(a => a.Item1 == "application/rss+xml" && a.Item2!.Contains("?person=", StringComparison.Ordinal)));
        Assert.Equal(16, alternates.Count);
    }

    [Fact]
    public async Task Get_Home_OneH1HeadingPerSectionLabelledSearchFormAndNothingFromOutside()
    {
        var document = await GetPageAsync("/");

        Assert.Single(document.QuerySelectorAll("h1"));
        Assert.Equal(["Tìm tin", "Lãnh đạo Bộ", "Tin mới", "Đăng ký nhận tin"], document.QuerySelectorAll("h2").Select(h => h.TextContent));
        Assert.All(document.QuerySelectorAll("main section"), s => Assert.NotNull(s.QuerySelector("h2, h3")));
        var form = document.QuerySelector("form[role=search]")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("http://localhost/", form.GetAttribute("action"));
        var input = form.QuerySelector("input[name=q]")!;
        Assert.Equal("Từ khóa", form.QuerySelector($"label[for='{input.Id}']")!.TextContent);
        Assert.Equal("200", input.GetAttribute("maxlength"));
        Assert.NotNull(form.QuerySelector("button[type=submit]"));
        Assert.Empty(document.QuerySelectorAll("script, iframe, img, link[rel=stylesheet], link[rel=preload], [src]"));
        var css = Assert.Single(document.QuerySelectorAll("style")).TextContent;
        Assert.DoesNotContain("url(", css);
        Assert.DoesNotContain("@import", css);
        Assert.Contains(":focus-visible", css);
    }

    [Fact]
    public async Task Get_Home_LatestItemsOfEachSourceWithVietnamTimeAndSummary()
    {
        var document = await GetPageAsync("/");
        var sources = document.QuerySelectorAll("section.source");
        var first = sources[0].QuerySelector("li")!;

        Assert.Equal(["Bộ Y tế: Hoạt động của lãnh đạo Bộ", "Bộ Y tế: Tin tổng hợp"], sources.Select(s => s.QuerySelector("h3")!.TextContent));
        Assert.Equal(4, sources[0].QuerySelectorAll("li").Length);
        Assert.Equal("Bộ trưởng Đào Hồng Lan tiếp Đoàn công tác WHO", first.QuerySelector("a")!.TextContent);
        Assert.Equal("30/06/2025 14:43", first.QuerySelector("time")!.TextContent);
        Assert.Equal("2025-06-30T07:43:00Z", first.QuerySelector("time")!.GetAttribute("datetime"));
        Assert.Equal("30/06/2025 04:55", sources[0].QuerySelectorAll("time")[1].TextContent);
        Assert.Equal("Sáng 30/6, tại trụ sở Bộ Y tế.", first.QuerySelector("p")!.TextContent);
        Assert.Contains("giờ Việt Nam", document.QuerySelector("header")!.TextContent);
        Assert.Equal("Chưa có tin nào.", sources[1].QuerySelector("p")!.TextContent);
    }

    [Fact]
    public async Task Get_Home_EveryPersonLinksToTheSearchForTheirName()
    {
        var document = await GetPageAsync("/");
        var people = document.QuerySelectorAll("#lanh-dao ~ ul > li > a.p").ToList();

        Assert.Equal(["Đào Hồng Lan", "Trần Văn Thuấn", "Đỗ Xuân Tuyên", "Nguyễn Tri Thức", "Nguyễn Thị Liên Hương"], people.Select(a => a.ChildNodes[0].TextContent));
        Assert.Equal(["Bộ trưởng", "Thứ trưởng", "Thứ trưởng", "Thứ trưởng", "Thứ trưởng"], people.Select(a => a.QuerySelector(".role")!.TextContent));
        var href = new Uri(people[2].GetAttribute("href")!);
        Assert.Equal("http://localhost/", href.GetLeftPart(UriPartial.Path));
        Assert.Equal("Đỗ Xuân Tuyên", QueryHelpers.ParseQuery(href.Query)["q"]);

        var results = (await GetPageAsync(href.PathAndQuery)).QuerySelectorAll("#ket-qua li a.t").Select(a => a.TextContent);
        Assert.Equal(["Thứ trưởng Đỗ Xuân Tuyên kiểm tra bệnh viện"], results);
    }

    [Fact]
    public async Task Get_Home_SubscribeLinksForEveryFeedAndOpmlButNoTelegramWhileTheBotIsOff()
    {
        var document = await GetPageAsync("/");
        var links = document.QuerySelectorAll("#dang-ky ~ ul a").Select(a => (a.TextContent, a.GetAttribute("href"))).ToList();

        Assert.Equal(
        [
            ("RSS", "http://localhost/feeds/moh-leadership.rss"), ("Atom", "http://localhost/feeds/moh-leadership.atom"),
            ("JSON Feed", "http://localhost/feeds/moh-leadership.json"), ("RSS", "http://localhost/feeds/moh-news.rss"),
            ("Atom", "http://localhost/feeds/moh-news.atom"), ("JSON Feed", "http://localhost/feeds/moh-news.json"),
        ], links);
        Assert.NotNull(document.QuerySelector("a[href='http://localhost/feeds.opml']"));
        Assert.Empty(document.QuerySelectorAll("a[href*='t.me']"));
    }

    [Fact]
    public async Task Get_HomeWithTheBotOn_TelegramStartLinkPerEnabledSourceThatSubscribes()
    {
        await using var harness = await BotHarness.StartAsync();
        await using var app = harness.CreateApp(new Dictionary<string, string?>
        {
            ["FeedBot:Sources:1:Id"] = FeedHost.SecondSourceId,
            ["FeedBot:Sources:1:Title"] = "Bộ Y tế: Tin tổng hợp",
            ["FeedBot:Sources:1:ListingUrl"] = harness.Site.Url("/tin-tong-hop").AbsoluteUri,
            ["FeedBot:Sources:1:Enabled"] = "false",
            ["FeedBot:Sources:1:BackfillPages"] = "1",
            ["FeedBot:Sources:1:Selectors:Item"] = ".news-item",
            ["FeedBot:Sources:1:Selectors:Title"] = "a",
            ["FeedBot:Sources:1:Selectors:Link"] = "a",
            ["FeedBot:Sources:1:Selectors:Date"] = ".time",
            ["FeedBot:Sources:1:Selectors:Detail:Body"] = ".content",
            ["FeedBot:Sources:1:DateFormats:0"] = "dd/MM/yyyy HH:mm",
        });
        _ = app.Server;
        await harness.Bot.WaitForCallAsync(c => c.Method == "setMyCommands");
        Assert.Equal(harness.Bot.BotUsername, app.Services.GetRequiredService<BotProfile>().KnownUsername);

        var document = new HtmlParser().ParseDocument(await app.CreateClient().GetStringAsync("/"));
        var telegram = Assert.Single(document.QuerySelectorAll("a[href^='https://t.me/']"));

        Assert.Equal("https://t.me/feedbot_test_bot?start=moh-leadership", telegram.GetAttribute("href"));
        var payload = QueryHelpers.ParseQuery(new Uri(telegram.GetAttribute("href")!).Query)["start"].ToString();
        Assert.Contains("Đã đăng ký: Bộ Y tế: Hoạt động của lãnh đạo Bộ", (await harness.AskAsync(4242, $"/start {payload}")).Text);
        Assert.Equal(1, await app.ScalarAsync("SELECT COUNT(*) FROM telegram_subscriptions WHERE chat_id = 4242 AND source_id = 'moh-leadership'"));
    }

    [Fact]
    public async Task Get_HomeIcon_TheSvgThePageLinksTo()
    {
        var document = await GetPageAsync("/");
        var href = document.QuerySelector("link[rel=icon]")!.GetAttribute("href")!;
        using var response = await host.App.CreateClient().GetAsync(href);

        Assert.Equal("http://localhost/favicon.svg", href);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("svg", XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Name.LocalName);
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
        var outlines = opml.Root.Element("body")!.Elements("outline").Where(o => o.Attribute("type") is not null).ToList();
        Assert.Equal(["http://localhost/feeds/moh-leadership.rss", "http://localhost/feeds/moh-news.rss"], outlines.Select(o => o.Attribute("xmlUrl")!.Value));
        Assert.Equal(["Bộ Y tế: Hoạt động của lãnh đạo Bộ", "Bộ Y tế: Tin tổng hợp"], outlines.Select(o => o.Attribute("text")!.Value));
        Assert.All(outlines, o => Assert.Equal("rss", o.Attribute("type")!.Value));
        Assert.EndsWith("/hoat-dong-cua-lanh-dao-bo", outlines[0].Attribute("htmlUrl")!.Value);
        Assert.EndsWith("/tin-tong-hop", outlines[1].Attribute("htmlUrl")!.Value);
    }

    private async Task<IDocument> GetPageAsync(string path) =>
        new HtmlParser().ParseDocument(await host.App.CreateClient().GetStringAsync(path));
}

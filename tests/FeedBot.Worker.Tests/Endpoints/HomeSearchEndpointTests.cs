using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FeedBot.Testing.Builders;
using FeedBot.Worker.Serving;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>The home page's search (<c>/?q=</c>, the feeds' keyword semantics), its bad input, and its render cache.</summary>
public sealed class HomeSearchEndpointTests(FeedHost host) : IClassFixture<FeedHost>
{
    [Theory]
    [InlineData("bo truong", new[] { "Bộ trưởng Đào Hồng Lan tiếp Đoàn công tác WHO", "Họp giao ban tháng 6" })]
    [InlineData("BO TRUONG -hop", new[] { "Bộ trưởng Đào Hồng Lan tiếp Đoàn công tác WHO" })]
    [InlineData("dao hong lan", new[] { "Bộ trưởng Đào Hồng Lan tiếp Đoàn công tác WHO" })]
    [InlineData("phong chong dich", new[] { "Thứ trưởng Đỗ Xuân Tuyên kiểm tra bệnh viện" })]
    public async Task Get_HomeWithDiacriticsFreeQuery_MatchingItemsOfEverySourceNewestFirst(string q, string[] expected)
    {
        using var response = await host.App.CreateClient().GetAsync($"/?q={Uri.EscapeDataString(q)}");
        var document = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, document.QuerySelectorAll("#ket-qua li a.t").Select(a => a.TextContent));
        Assert.All(document.QuerySelectorAll("#ket-qua li .meta"), m => Assert.EndsWith(" · Bộ Y tế: Hoạt động của lãnh đạo Bộ", m.TextContent));
        Assert.Equal(q.Trim(), document.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Equal($"Kết quả cho “{q}”", document.QuerySelector("#ket-qua h3")!.TextContent);
        Assert.StartsWith($"{expected.Length} tin khớp", document.QuerySelector("#ket-qua p.muted")!.TextContent);
        Assert.Equal(4, document.QuerySelectorAll("section.source")[0].QuerySelectorAll("li").Length);
    }

    [Fact]
    public async Task Get_HomeWithQuery_OffersTheSameSearchAsEachSourcesFeed()
    {
        var document = await ParseAsync(await host.App.CreateClient().GetAsync("/?q=Bộ trưởng"));
        var feed = document.QuerySelectorAll("#ket-qua ul a").Select(a => a.GetAttribute("href")).First()!;

        Assert.Equal("http://localhost/feeds/moh-leadership.rss?q=B%E1%BB%99%20tr%C6%B0%E1%BB%9Fng", feed);
        var rss = await host.App.CreateClient().GetStringAsync(new Uri(feed).PathAndQuery);
        Assert.Contains("Họp giao ban tháng 6", rss);
        Assert.DoesNotContain("Thứ trưởng Đỗ Xuân Tuyên", rss);
    }

    [Fact]
    public async Task Get_HomeWithQueryMatchingNothing_SaysSoAndStillListsTheLatest()
    {
        var document = await ParseAsync(await host.App.CreateClient().GetAsync("/?q=khong+co+tu+nay"));

        Assert.Empty(document.QuerySelectorAll("#ket-qua ol li"));
        Assert.Contains("Không có tin nào khớp", document.QuerySelector("#ket-qua")!.TextContent);
        Assert.Equal(4, document.QuerySelectorAll("section.source")[0].QuerySelectorAll("li").Length);
    }

    [Theory]
    [InlineData("")]
    [InlineData("?q=")]
    [InlineData("?q=+++")]
    public async Task Get_HomeWithEmptyQuery_NoResultsSection(string query)
    {
        using var response = await host.App.CreateClient().GetAsync("/" + query);
        var document = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(document.QuerySelector("#ket-qua"));
        Assert.Null(document.QuerySelector(".error"));
    }

    [Theory]
    [InlineData(201)]
    [InlineData(5000)]
    public async Task Get_HomeWithTooLongQuery_400PageWithTheProblemAsTheFeedsRejectIt(int length)
    {
        var q = new string('a', length);
        using var response = await host.App.CreateClient().GetAsync($"/?q={q}");
        using var feed = await host.App.CreateClient().GetAsync($"/feeds/moh-leadership.rss?q={q}");
        var document = await ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, feed.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        var error = document.QuerySelector("p.error[role=alert]")!;
        Assert.Contains("tối đa 200 ký tự", error.TextContent);
        Assert.Equal("true", document.QuerySelector("input[name=q]")!.GetAttribute("aria-invalid"));
        Assert.Equal("", document.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Null(document.QuerySelector("#ket-qua"));
        Assert.NotEmpty(document.QuerySelectorAll("section.source li"));
    }

    [Fact]
    public async Task Get_HomeWithQueryTwice_400WithTheProblemEvenWhenRevalidated()
    {
        var client = host.App.CreateClient();
        using var response = await client.GetAsync("/?q=bo&q=truong");
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/?q=bo&q=truong");
        revalidate.Headers.IfNoneMatch.Add(response.Headers.ETag!);
        using var again = await client.SendAsync(revalidate);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await ParseAsync(response)).QuerySelector("p.error[role=alert]"));
        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
    }

    [Fact]
    public async Task Get_HomeWithHostileQuery_EchoedAsTextOnly()
    {
        const string q = "\"><script>alert(1)</script>";
        var html = await host.App.CreateClient().GetStringAsync($"/?q={Uri.EscapeDataString(q)}");
        var document = new HtmlParser().ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.Equal(q, document.QuerySelector("input[name=q]")!.GetAttribute("value"));
        Assert.Contains(q, document.QuerySelector("#ket-qua h3")!.TextContent);
        Assert.Contains(q, document.Title);
    }

    [Fact]
    public async Task Get_HomeSearchRepeated_CachedPerQueryRevalidatesAndRendersAfreshAfterAChange()
    {
        await using var fresh = await FeedHost.StartAsync([]);
        var client = fresh.App.CreateClient();
        var cache = fresh.App.Services.GetRequiredService<RenderCache>();
        using var first = await client.GetAsync("/?q=giao+ban");
        var renders = cache.Renders;
        using var again = await client.GetAsync("/?q=giao+ban");
        using var revalidate = new HttpRequestMessage(HttpMethod.Get, "/?q=giao+ban");
        revalidate.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        using var notModified = await client.SendAsync(revalidate);
        Assert.Equal(renders, cache.Renders);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);

        using var other = await client.GetAsync("/?q=who");
        Assert.Equal(renders + 1, cache.Renders);
        Assert.NotEqual(first.Headers.ETag, other.Headers.ETag);

        await fresh.SeedAsync([FeedItemBuilder.Item("giao-ban-7").WithTitle("Giao ban tháng 7").PublishedAt(new DateTimeOffset(2025, 7, 2, 1, 0, 0, TimeSpan.Zero)).Build()]);
        var document = await ParseAsync(await client.GetAsync("/?q=giao+ban"));
        Assert.Equal(["Giao ban tháng 7", "Họp giao ban tháng 6"], document.QuerySelectorAll("#ket-qua li a.t").Select(a => a.TextContent));
    }

    private static async Task<IDocument> ParseAsync(HttpResponseMessage response) =>
        new HtmlParser().ParseDocument(await response.Content.ReadAsStringAsync());
}

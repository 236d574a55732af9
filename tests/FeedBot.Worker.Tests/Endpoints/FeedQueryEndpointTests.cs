using System.Net;
using System.Xml.Linq;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>The feeds' <c>limit</c> and <c>q</c> parameters, bad input and unknown feeds, through the real host.</summary>
public sealed class FeedQueryEndpointTests(FeedHost host) : IClassFixture<FeedHost>
{
    public static TheoryData<string> Junk => new()
    {
        "/feeds/moh-leadership.rss?limit=99999999999999999999",
        "/feeds/moh-leadership.rss?limit=%00",
        "/feeds/moh-leadership.rss?limit=%F0%9F%92%A9",
        "/feeds/moh-leadership.json?q=%FF%FE%00%01",
        "/feeds/moh-leadership.json?q=%3Cscript%3E",
        "/feeds/moh-leadership.json?q=-",
        "/feeds/moh-leadership.json?q=--%20-%20%E2%80%8B",
        "/feeds/moh-leadership.atom?q=%ED%A0%80",
        "/feeds/moh-leadership.atom?%=%&&&=",
        "/feeds/..%2F..%2Fetc%2Fpasswd.rss",
        "/feeds/.rss",
        "/feeds/moh-leadership..rss",
        "/feeds/moh-leadership.rss.rss",
        "/feeds/" + new string('x', 3000) + ".rss",
        "/feeds.opml?limit=abc",
        "/?q=%FF",
    };

    [Theory]
    [InlineData("1", 1)]
    [InlineData("2", 2)]
    [InlineData("200", 4)]
    public async Task Get_Limit_ReturnsAtMostThatManyNewestItems(string limit, int expected)
    {
        using var json = await host.GetJsonAsync($"/feeds/moh-leadership.json?limit={limit}");

        Assert.Equal(expected, FeedHost.Keys(json).Count);
        Assert.Equal("bo-truong-tiep-who", FeedHost.Keys(json)[0]);
    }

    [Theory]
    [InlineData("bo truong", new[] { "bo-truong-tiep-who", "hop-giao-ban" })]
    [InlineData("Bộ trưởng", new[] { "bo-truong-tiep-who", "hop-giao-ban" })]
    [InlineData("BỘ TRƯỞNG", new[] { "bo-truong-tiep-who", "hop-giao-ban" })]
    [InlineData("do xuan tuyen", new[] { "thu-truong-kiem-tra" })]
    [InlineData("Đỗ Xuân", new[] { "thu-truong-kiem-tra" })]
    [InlineData("kiem tra benh vien", new[] { "thu-truong-kiem-tra" })]
    [InlineData("bo truong -giao", new[] { "bo-truong-tiep-who" })]
    [InlineData("-truong", new[] { "thong-bao" })]
    [InlineData("phong chong dich", new[] { "thu-truong-kiem-tra" })]
    [InlineData("khong co gi", new string[0])]
    public async Task Get_Query_MatchesTitleAndSummaryIgnoringCaseAndDiacritics(string q, string[] expected)
    {
        using var json = await host.GetJsonAsync($"/feeds/moh-leadership.json?q={Uri.EscapeDataString(q)}");

        Assert.Equal(expected, FeedHost.Keys(json));
    }

    [Fact]
    public async Task Get_QueryAndLimit_SelfLinkKeepsBoth()
    {
        var document = XDocument.Parse(await host.App.CreateClient().GetStringAsync("/feeds/moh-leadership.rss?limit=1&q=bo%20truong"));

        var self = document.Descendants(XName.Get("link", "http://www.w3.org/2005/Atom")).Single().Attribute("href")!.Value;

        Assert.Equal("http://localhost/feeds/moh-leadership.rss?limit=1&q=bo%20truong", self);
        Assert.Single(document.Descendants("item"));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=abc", "limit")]
    [InlineData("limit=500", "limit")]
    [InlineData("limit=-1", "limit")]
    [InlineData("limit=1.5", "limit")]
    [InlineData("limit=", "limit")]
    [InlineData("limit=1&limit=2", "limit")]
    [InlineData("q=a&q=b", "q")]
    public async Task Get_BadParameter_400PlainMessageNamingIt(string query, string parameter)
    {
        using var response = await host.App.CreateClient().GetAsync($"/feeds/moh-leadership.rss?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith($"{parameter} must be", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Get_OverlongQuery_400NamingQ()
    {
        using var response = await host.App.CreateClient().GetAsync($"/feeds/moh-leadership.json?q={new string('a', 201)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("q must be", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/feeds/no-such-source.rss")]
    [InlineData("/feeds/moh-leadership.xml")]
    [InlineData("/feeds/moh-leadership")]
    public async Task Get_UnknownSourceOrFormat_404(string path)
    {
        using var response = await host.App.CreateClient().GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Get_UnknownSource_404MessageListsTheSources()
    {
        using var response = await host.App.CreateClient().GetAsync("/feeds/no-such-source.rss");

        Assert.Contains("moh-leadership", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(Junk))]
    public async Task Get_JunkInput_NeverA5xx(string path)
    {
        using var response = await host.App.CreateClient().GetAsync(path);

        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
    }
}

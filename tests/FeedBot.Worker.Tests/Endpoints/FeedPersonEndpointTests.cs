using System.Net;
using System.Text.Json;
using System.Xml.Linq;
using FeedBot.Feeds.Storage;
using FeedBot.Testing;
using FeedBot.Testing.Builders;
using FeedBot.Testing.Storage;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary><c>?person=</c> and person categories in RSS, Atom and JSON Feed, through the real host on both providers.</summary>
public sealed class FeedPersonEndpointTests
{
    private const string Lan = "dao-hong-lan";
    private const string Thuc = "nguyen-tri-thuc";
    private const string Huong = "nguyen-thi-lien-huong";
    private const string Scheme = "tag:feedbot,2025:people";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly DateTimeOffset Published = new(2025, 7, 1, 3, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Get_PersonInEachFormat_OnlyTheirItemsEachWithItsPeopleAsCategories(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var host = await StartAsync(store);

        var rss = await XmlAsync(host, $"/feeds/moh-leadership.rss?person={Lan}");
        var atom = await XmlAsync(host, $"/feeds/moh-leadership.atom?person={Lan}");
        using var json = await host.GetJsonAsync($"/feeds/moh-leadership.json?person={Lan}");

        string[] expected = ["thuc-va-lan", "bo-truong-tiep-who"];
        Assert.Equal(expected, rss.Descendants("item").Select(i => Key(i.Element("guid")!.Value)));
        Assert.Equal(expected, atom.Descendants(Atom + "entry").Select(e => Key(e.Element(Atom + "id")!.Value)));
        Assert.Equal(expected, FeedHost.Keys(json));
        var rssCategories = rss.Descendants("item").First().Elements("category").ToList();
        Assert.Equal(["Đào Hồng Lan", "Nguyễn Tri Thức"], rssCategories.Select(c => c.Value));
        Assert.All(rssCategories, c => Assert.Equal(Scheme, c.Attribute("domain")!.Value));
        var atomCategories = atom.Descendants(Atom + "entry").First().Elements(Atom + "category").ToList();
        Assert.Equal([Lan, Thuc], atomCategories.Select(c => c.Attribute("term")!.Value));
        Assert.Equal(["Đào Hồng Lan", "Nguyễn Tri Thức"], atomCategories.Select(c => c.Attribute("label")!.Value));
        Assert.Equal(["Đào Hồng Lan", "Nguyễn Tri Thức"], Tags(json, 0));
        Assert.Equal("Bộ Y tế: Hoạt động của lãnh đạo Bộ: Đào Hồng Lan", atom.Root!.Element(Atom + "title")!.Value);
    }

    [Fact]
    public async Task Get_NoPerson_EveryItemTaggedItemsCarryCategoriesUntaggedNone()
    {
        await using var host = await StartAsync(null);

        using var json = await host.GetJsonAsync("/feeds/moh-leadership.json");
        var rss = await XmlAsync(host, "/feeds/moh-leadership.rss");

        var items = json.RootElement.GetProperty("items").EnumerateArray().ToDictionary(i => Key(i.GetProperty("id").GetString()!));
        Assert.Equal(7, items.Count);
        Assert.False(items["thuc-day"].TryGetProperty("tags", out _));
        Assert.Equal(["Nguyễn Thị Liên Hương"], items["bai-co-huong"].GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
        Assert.Empty(rss.Descendants("item").Single(i => Key(i.Element("guid")!.Value) == "hop-giao-ban").Elements("category"));
    }

    [Theory]
    [InlineData($"person={Thuc}", new[] { "thuc-va-lan" })]
    [InlineData($"person={Huong}", new[] { "bai-co-huong" })]
    [InlineData($"person={Thuc}&person={Huong}", new[] { "thuc-va-lan", "bai-co-huong" })]
    [InlineData($"person={Huong}&person={Thuc}&person={Huong}", new[] { "thuc-va-lan", "bai-co-huong" })]
    [InlineData($"person={Lan}&person=do-xuan-tuyen", new[] { "thuc-va-lan", "bo-truong-tiep-who", "thu-truong-kiem-tra" })]
    [InlineData($"person={Lan}&q=who", new[] { "bo-truong-tiep-who" })]
    [InlineData($"person={Lan}&person=do-xuan-tuyen&limit=2", new[] { "thuc-va-lan", "bo-truong-tiep-who" })]
    [InlineData($"person={Lan}&q=-who&limit=1", new[] { "thuc-va-lan" })]
    [InlineData("person=tran-van-thuan", new string[0])]
    public async Task Get_PersonRepeatedOrWithQAndLimit_AnyOfThemCombined(string query, string[] expected)
    {
        await using var host = await StartAsync(null);

        using var json = await host.GetJsonAsync($"/feeds/moh-leadership.json?{query}");

        Assert.Equal(expected, FeedHost.Keys(json));
    }

    [Fact]
    public async Task Get_PersonWithQAndLimit_SelfLinkKeepsThemAll()
    {
        await using var host = await StartAsync(null);

        var rss = await XmlAsync(host, $"/feeds/moh-leadership.rss?person={Thuc}&limit=3&q=lan&person={Lan}");

        var self = rss.Descendants(Atom + "link").Single().Attribute("href")!.Value;
        Assert.Equal($"http://localhost/feeds/moh-leadership.rss?limit=3&q=lan&person={Lan}&person={Thuc}", self);
    }

    [Theory]
    [InlineData("rss", "person=nobody")]
    [InlineData("atom", "person=Dao-Hong-Lan")]
    [InlineData("json", $"person={Lan}&person=")]
    [InlineData("json", "person=%C4%91ao-hong-lan")]
    public async Task Get_UnknownPerson_400NamingPersonAndListingTheIds(string format, string query)
    {
        await using var host = await StartAsync(null);

        using var response = await host.App.CreateClient().GetAsync($"/feeds/moh-leadership.{format}?{query}");
        var message = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("person must be one of dao-hong-lan, tran-van-thuan, do-xuan-tuyen, nguyen-tri-thuc, nguyen-thi-lien-huong", message);
    }

    [Fact]
    public async Task Get_SameFeedForOtherPeople_CachedApartAndOrderOfPeopleIrrelevant()
    {
        await using var host = await StartAsync(null);
        var client = host.App.CreateClient();

        var all = await client.GetStringAsync("/feeds/moh-leadership.json");
        var lan = await client.GetStringAsync($"/feeds/moh-leadership.json?person={Lan}");
        var thuc = await client.GetStringAsync($"/feeds/moh-leadership.json?person={Thuc}");
        var both = await client.GetStringAsync($"/feeds/moh-leadership.json?person={Lan}&person={Thuc}");
        var bothReversed = await client.GetStringAsync($"/feeds/moh-leadership.json?person={Thuc}&person={Lan}");

        Assert.Equal(4, new[] { all, lan, thuc, both }.Distinct().Count());
        Assert.Equal(both, bothReversed);
    }

    [Fact]
    public async Task Get_ArticleArrivesNamingSomeone_TheirFeedServesTheItem()
    {
        await using var host = await StartAsync(null);
        var feed = $"/feeds/moh-leadership.json?person={Huong}";
        using (var before = await host.GetJsonAsync(feed))
        {
            Assert.DoesNotContain("hop-giao-ban", FeedHost.Keys(before));
        }

        var item = (await host.Store.GetLatestAsync(FeedHost.SourceId, 50, default)).Single(i => i.Key == "hop-giao-ban");
        await host.Store.SaveContentAsync(item.Id, "<p>Dự họp có Thứ trưởng Nguyễn Thị Liên Hương.</p>", default);

        await Conditions.WaitAsync(
            async () =>
            {
                using var after = await host.GetJsonAsync(feed);
                return FeedHost.Keys(after).Contains("hop-giao-ban");
            },
            TimeSpan.FromSeconds(30), "Hương's feed serves the item her name arrived in");
    }

    /// <summary>The feed host's sample items plus: Thức and Lan in one item, "Thúc đẩy" (nobody), Hương named only in the article.</summary>
    private static async Task<FeedHost> StartAsync(TestStore? store)
    {
        var host = await FeedHost.StartAsync([], store);
        await host.SeedAsync(
        [
            FeedItemBuilder.Item("thuc-va-lan").WithTitle("Thứ trưởng Nguyễn Tri Thức báo cáo").WithSummary("Bộ trưởng Đào Hồng Lan chủ trì.")
                .WithContent("<p>Tri thức mới.</p>").PublishedAt(Published).Build(),
            FeedItemBuilder.Item("thuc-day").WithTitle("Thúc đẩy hợp tác y tế").WithSummary("Tri thức và thúc đẩy.")
                .WithContent("<p>Thúc đẩy tri thức.</p>").PublishedAt(Published.AddHours(-1)).Build(),
            FeedItemBuilder.Item("bai-co-huong").WithTitle("Hội nghị ngành").WithSummary(null)
                .WithContent("<p>Thứ trưởng <strong>Nguyễn Thị Liên Hương</strong> phát biểu.</p>").PublishedAt(Published.AddDays(-10)).Build(),
        ]);
        return host;
    }

    private static async Task<XDocument> XmlAsync(FeedHost host, string path) =>
        XDocument.Parse(await host.App.CreateClient().GetStringAsync(path));

    private static string Key(string id) => id.Split('/').Last();

    private static IEnumerable<string?> Tags(JsonDocument json, int index) =>
        json.RootElement.GetProperty("items")[index].GetProperty("tags").EnumerateArray().Select(t => t.GetString());
}

using System.Text.Json;
using System.Xml.Linq;
using FeedBot.Feeds.Model;
using FeedBot.Testing.Builders;
using FeedBot.Testing.Hostile;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>
/// Markup that the site shows as text, read back through the real endpoints as a reader reads each field: fields read
/// as HTML (RSS description and content:encoded, Atom content type="html", JSON content_html, the home page) carry it
/// escaped, so it shows as the same text and nothing in it runs; fields that are text by their spec carry it as is.
/// </summary>
public sealed class HostileContentTests(HostileContentTests.Host host) : IClassFixture<HostileContentTests.Host>
{
    private const string TextKey = "markup-as-text";
    private const string ArticleKey = "markup-in-article";
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Content = "http://purl.org/rss/1.0/modules/content/";

    [Fact]
    public async Task GetRss_SummaryWithMarkup_DescriptionAndContentShowItAsTextTitleAsIs()
    {
        var items = (await GetXmlAsync("rss")).Descendants("item").ToList();
        var item = items.Single(i => i.Element("guid")!.Value.EndsWith(TextKey, StringComparison.Ordinal));

        Assert.Equal(HostileContent.Text, item.Element("title")!.Value);
        HostileContent.AssertShowsAsText(item.Element("description")!.Value, HostileContent.Text);
        HostileContent.AssertShowsAsText(item.Element(Content + "encoded")!.Value, HostileContent.Text, wrapper: "p");
        Assert.All(items, i => HostileContent.AssertInert(i.Element("description")?.Value ?? ""));
        Assert.All(items, i => HostileContent.AssertInert(i.Element(Content + "encoded")?.Value ?? ""));
    }

    [Fact]
    public async Task GetAtom_SummaryWithMarkup_TextConstructsAsIsHtmlContentShowsItAsText()
    {
        var entries = (await GetXmlAsync("atom")).Descendants(Atom + "entry").ToList();
        var entry = entries.Single(e => e.Element(Atom + "id")!.Value.EndsWith(TextKey, StringComparison.Ordinal));

        Assert.Equal("text", entry.Element(Atom + "title")!.Attribute("type")!.Value);
        Assert.Equal(HostileContent.Text, entry.Element(Atom + "title")!.Value);
        Assert.Equal("text", entry.Element(Atom + "summary")!.Attribute("type")!.Value);
        Assert.Equal(HostileContent.Text, entry.Element(Atom + "summary")!.Value);
        Assert.Equal("html", entry.Element(Atom + "content")!.Attribute("type")!.Value);
        HostileContent.AssertShowsAsText(entry.Element(Atom + "content")!.Value, HostileContent.Text, wrapper: "p");
        Assert.All(entries, e => HostileContent.AssertInert(e.Element(Atom + "content")?.Value ?? ""));
    }

    [Fact]
    public async Task GetJson_SummaryWithMarkup_TextFieldsAsIsContentHtmlShowsItAsText()
    {
        using var json = await host.Feeds.GetJsonAsync($"/feeds/{FeedHost.SourceId}.json");
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();
        var item = items.Single(i => i.GetProperty("id").GetString()!.EndsWith(TextKey, StringComparison.Ordinal));

        Assert.Equal(HostileContent.Text, item.GetProperty("title").GetString());
        Assert.Equal(HostileContent.Text, item.GetProperty("summary").GetString());
        HostileContent.AssertShowsAsText(item.GetProperty("content_html").GetString()!, HostileContent.Text, wrapper: "p");
        Assert.All(items, i => HostileContent.AssertInert(ContentHtml(i)));
    }

    [Fact]
    public async Task GetHome_TitleAndSummaryWithMarkup_ShownAsTextNothingActive()
    {
        var page = HostileContent.AssertInert(await host.Feeds.App.CreateClient().GetStringAsync("/"));

        var item = page.QuerySelectorAll("li").Single(li => li.QuerySelector("a")!.TextContent == HostileContent.Text);
        Assert.Empty(item.QuerySelector("a")!.Children);
        Assert.Equal(HostileContent.Text, item.QuerySelector("p")!.TextContent);
        Assert.Empty(item.QuerySelector("p")!.Children);
    }

    [Fact]
    public async Task GetJson_ArticleWithLiveMarkup_ContentIsTheSanitizersInertOutput()
    {
        using var json = await host.Feeds.GetJsonAsync($"/feeds/{FeedHost.SourceId}.json");
        var html = ContentHtml(json.RootElement.GetProperty("items").EnumerateArray()
            .Single(i => i.GetProperty("id").GetString()!.EndsWith(ArticleKey, StringComparison.Ordinal)));

        var body = HostileContent.AssertInert(html).Body!;
        Assert.Contains("đậm", body.TextContent);
        Assert.Contains("link", body.TextContent);
        Assert.All(body.QuerySelectorAll("img"), img => Assert.StartsWith("https://moh.gov.vn/", img.GetAttribute("src")));
    }

    private static string ContentHtml(JsonElement item) =>
        item.TryGetProperty("content_html", out var html) ? html.GetString()! : "";

    private async Task<XDocument> GetXmlAsync(string extension) =>
        XDocument.Parse(await host.Feeds.App.CreateClient().GetStringAsync($"/feeds/{FeedHost.SourceId}.{extension}"));

    /// <summary>The feed host with two more items: one whose title and summary are <see cref="HostileContent.Text"/>
    /// (no article text yet), one whose article is that text as live markup, stored as the poller stores it (sanitized
    /// once, by the article parser): feeds do not sanitize again.</summary>
    public sealed class Host : IAsyncLifetime
    {
        public FeedHost Feeds { get; private set; } = null!;

        public async Task InitializeAsync()
        {
            Feeds = await FeedHost.StartAsync([]);
            var published = new DateTimeOffset(2025, 7, 1, 3, 0, 0, TimeSpan.Zero);
            FeedItem[] items =
            [
                FeedItemBuilder.Item(TextKey).WithTitle(HostileContent.Text).WithSummary(HostileContent.Text)
                    .WithContent(null).PublishedAt(published).Build(),
                FeedItemBuilder.Item(ArticleKey).WithTitle("Bài có mã")
                    .With(i => i with { ContentHtml = Feeds.AsStoredArticle($"<p>{HostileContent.Text}</p>", i.Link) })
                    .PublishedAt(published.AddHours(-1)).Build(),
            ];
            await Feeds.SeedAsync(items);
        }

        public Task DisposeAsync() => Feeds.DisposeAsync();
    }
}

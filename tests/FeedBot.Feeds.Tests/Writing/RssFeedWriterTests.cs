using System.Text;
using System.Xml.Linq;
using FeedBot.Feeds.Writing;
using FeedBot.Testing.Builders;
using FeedBot.Testing.Hostile;

namespace FeedBot.Feeds.Tests.Writing;

public sealed class RssFeedWriterTests
{
    private static readonly XNamespace Atom = RssFeedWriter.AtomNamespace;
    private static readonly XNamespace Content = RssFeedWriter.ContentNamespace;
    private readonly RssFeedWriter _writer = new();

    [Fact]
    public void Write_SampleItems_MatchesGoldenFile() =>
        Fixture.AssertGolden("feeds/sample.rss", SampleFeed.Write(_writer));

    [Fact]
    public void Write_SampleItems_ChannelHasEveryRequiredElement()
    {
        var channel = Parse().Root!.Element("channel")!;

        Assert.Equal("2.0", Parse().Root!.Attribute("version")!.Value);
        Assert.Equal("Bộ Y tế: Hoạt động của lãnh đạo Bộ", channel.Element("title")!.Value);
        Assert.Equal(SampleFeed.HomePage.AbsoluteUri, channel.Element("link")!.Value);
        Assert.StartsWith("Hoạt động của lãnh đạo Bộ Y tế", channel.Element("description")!.Value);
        Assert.Equal("vi", channel.Element("language")!.Value);
        Assert.Equal("Tue, 01 Jul 2025 02:00:00 GMT", channel.Element("lastBuildDate")!.Value);
        Assert.Equal("5", channel.Element("ttl")!.Value);
        Assert.Equal("FeedBot", channel.Element("generator")!.Value);
        var self = channel.Element(Atom + "link")!;
        Assert.Equal("self", self.Attribute("rel")!.Value);
        Assert.Equal("https://feeds.example.org/feeds/moh-leadership.rss", self.Attribute("href")!.Value);
        Assert.Equal("application/rss+xml", self.Attribute("type")!.Value);
    }

    [Fact]
    public void Write_SampleItems_ItemsHaveEveryElementNewestFirst()
    {
        var items = Parse().Root!.Element("channel")!.Elements("item").ToList();

        Assert.Equal(3, items.Count);
        var first = items[0];
        Assert.Equal("Bộ trưởng Đào Hồng Lan tiếp Đoàn công tác", first.Element("title")!.Value);
        Assert.Equal(FeedItemBuilder.Item("bo-truong-tiep-doan").Build().Link, first.Element("link")!.Value);
        Assert.Equal("tag:feedbot,2025:moh-leadership/bo-truong-tiep-doan", first.Element("guid")!.Value);
        Assert.Equal("false", first.Element("guid")!.Attribute("isPermaLink")!.Value);
        Assert.Equal("Mon, 30 Jun 2025 07:43:00 GMT", first.Element("pubDate")!.Value);
        Assert.Equal("Sáng 30/6, Bộ trưởng Bộ Y tế tiếp Đoàn công tác của WHO.", first.Element("description")!.Value);
        Assert.Equal("<p>Nội dung <strong>bo-truong-tiep-doan</strong></p>", first.Element(Content + "encoded")!.Value);
        var enclosure = first.Element("enclosure")!;
        Assert.Equal("https://moh.gov.vn/documents/20182/0/bo-truong-tiep-doan.jpg", enclosure.Attribute("url")!.Value);
        Assert.Equal("image/jpeg", enclosure.Attribute("type")!.Value);
        Assert.Equal("0", enclosure.Attribute("length")!.Value);
        Assert.Equal(["Mon, 30 Jun 2025 07:43:00 GMT", "Sun, 29 Jun 2025 21:55:00 GMT", "Sat, 28 Jun 2025 10:00:00 GMT"],
            items.Select(i => i.Element("pubDate")!.Value));
    }

    [Fact]
    public void Write_ItemWithoutArticleText_FallsBackToSummaryAndPngEnclosure()
    {
        var item = Parse().Root!.Element("channel")!.Elements("item").Last();

        Assert.Equal("<p>Tóm tắt hop-giao-ban</p>", item.Element(Content + "encoded")!.Value);
        Assert.Equal("image/png", item.Element("enclosure")!.Attribute("type")!.Value);
    }

    [Fact]
    public void Write_HostileItem_MarkupRoundTripsAsTextForbiddenCharactersGoneContentSanitized()
    {
        var item = Parse().Root!.Element("channel")!.Elements("item").ElementAt(1);

        Assert.Equal(SampleFeed.CleanHostileTitle, item.Element("title")!.Value);
        Assert.Equal("Tóm tắt có khoảng trắng", item.Element("description")!.Value);
        Assert.True(item.Element("description")!.Value.IsNormalized(NormalizationForm.FormC));
        var content = HostileContent.AssertInert(item.Element(Content + "encoded")!.Value);
        Assert.Contains("Nội dung", content.Body!.TextContent);
        Assert.Null(item.Element("enclosure"));
    }

    [Fact]
    public void Write_SummaryWithMarkup_DescriptionIsEscapedHtmlShowingTheSameText()
    {
        var items = SampleFeed.Items().Select(i => i with { Summary = HostileContent.Text, ContentHtml = null }).ToList();

        var item = XDocument.Parse(SampleFeed.Write(_writer, items)).Root!.Element("channel")!.Elements("item").First();

        HostileContent.AssertShowsAsText(item.Element("description")!.Value, HostileContent.Text);
        HostileContent.AssertShowsAsText(item.Element(Content + "encoded")!.Value, HostileContent.Text, wrapper: "p");
    }

    [Fact]
    public void Write_TitleChanged_GuidStaysTheSame()
    {
        var retitled = SampleFeed.Items().Select(i => i with { Title = i.Title + " (sửa)" }).ToList();

        var before = Parse().Root!.Descendants("guid").Select(g => g.Value);
        var after = XDocument.Parse(SampleFeed.Write(_writer, retitled)).Root!.Descendants("guid").Select(g => g.Value);

        Assert.Equal(before, after);
    }

    private XDocument Parse() => XDocument.Parse(SampleFeed.Write(_writer));
}

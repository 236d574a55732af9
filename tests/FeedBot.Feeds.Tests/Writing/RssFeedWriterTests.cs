using System.Globalization;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using System.Xml.Linq;
using FeedBot.Feeds.Writing;
using FeedBot.Testing.Builders;
using FeedBot.Testing.Hostile;

namespace FeedBot.Feeds.Tests.Writing;

public sealed class RssFeedWriterTests
{
    private static readonly XNamespace Atom = RssFeedWriter.AtomNamespace;
    private static readonly XNamespace Content = RssFeedWriter.ContentNamespace;
    private static readonly XNamespace Media = RssFeedWriter.MediaNamespace;
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
        Assert.Equal("Tue, 01 Jul 2025 09:00:00 +0700", channel.Element("lastBuildDate")!.Value);
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
        Assert.Equal("Mon, 30 Jun 2025 14:43:00 +0700", first.Element("pubDate")!.Value);
        Assert.Equal("Sáng 30/6, Bộ trưởng Bộ Y tế tiếp Đoàn công tác của WHO.", first.Element("description")!.Value);
        Assert.Equal("<p>Nội dung <strong>bo-truong-tiep-doan</strong></p>", first.Element(Content + "encoded")!.Value);
        var image = first.Element(Media + "content")!;
        Assert.Equal("https://moh.gov.vn/documents/20182/0/bo-truong-tiep-doan.jpg", image.Attribute("url")!.Value);
        Assert.Equal("image/jpeg", image.Attribute("type")!.Value);
        Assert.Equal("image", image.Attribute("medium")!.Value);
        Assert.Equal(image.Attribute("url")!.Value, first.Element(Media + "thumbnail")!.Attribute("url")!.Value);
        Assert.Null(first.Element("enclosure"));
        Assert.Equal(["Mon, 30 Jun 2025 14:43:00 +0700", "Mon, 30 Jun 2025 04:55:00 +0700", "Sat, 28 Jun 2025 17:00:00 +0700"],
            items.Select(i => i.Element("pubDate")!.Value));
    }

    [Fact]
    public void Write_ItemWithoutArticleText_FallsBackToSummaryAndPngImage()
    {
        var item = Parse().Root!.Element("channel")!.Elements("item").Last();

        Assert.Equal("<p>Tóm tắt hop-giao-ban</p>", item.Element(Content + "encoded")!.Value);
        Assert.Equal("image/png", item.Element(Media + "content")!.Attribute("type")!.Value);
    }

    [Fact]
    public void Write_AnyItems_EveryDateHasAnExplicitOffsetNeverZAndReadsBackAsTheSameInstant()
    {
        var document = Parse();
        var dates = document.Descendants().Where(e => e.Name.LocalName is "pubDate" or "lastBuildDate").ToList();

        Assert.Equal(4, dates.Count);
        Assert.All(dates, d => Assert.Matches(@"^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d \+0700$", d.Value));
        var published = SampleFeed.Items().Select(i => i.PublishedUtc);
        var parsed = document.Descendants("pubDate").Select(d => DateTimeOffset.Parse(d.Value, CultureInfo.InvariantCulture));
        Assert.Equal(published, parsed);
    }

    [Fact]
    public void Write_SampleItems_ReadBackByTheLibrarysRssReaderWithTheSameIdsDatesAndLinks()
    {
        using var reader = XmlReader.Create(new StringReader(SampleFeed.Write(_writer)));
        var feed = SyndicationFeed.Load(reader);

        Assert.Equal(SampleFeed.Edited, feed.LastUpdatedTime);
        Assert.Equal(TimeSpan.FromMinutes(5), feed.TimeToLive);
        Assert.Equal(SampleFeed.Items().Select(i => $"tag:feedbot,2025:moh-leadership/{i.Key}"), feed.Items.Select(i => i.Id));
        Assert.Equal(SampleFeed.Items().Select(i => i.PublishedUtc), feed.Items.Select(i => i.PublishDate));
        Assert.Equal(SampleFeed.Items().Select(i => i.Link), feed.Items.Select(i => i.Links.Single().Uri.AbsoluteUri));
    }

    [Fact]
    public void Write_SameItemsTwice_SameBytes()
    {
        Assert.Equal(SampleFeed.Write(_writer), SampleFeed.Write(_writer));
        Assert.Equal(SampleFeed.Write(_writer, []), SampleFeed.Write(_writer, []));
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
        Assert.Null(item.Element(Media + "content"));
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

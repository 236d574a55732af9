using System.Xml.Linq;
using FeedBot.Feeds.Writing;
using FeedBot.Testing.Builders;

namespace FeedBot.Feeds.Tests.Writing;

public sealed class AtomFeedWriterTests
{
    private static readonly XNamespace A = AtomFeedWriter.Namespace;
    private readonly AtomFeedWriter _writer = new();

    [Fact]
    public void Write_SampleItems_MatchesGoldenFile() =>
        Fixture.AssertGolden("feeds/sample.atom", SampleFeed.Write(_writer));

    [Fact]
    public void Write_SampleItems_SatisfiesRfc4287()
    {
        var document = XDocument.Parse(SampleFeed.Write(_writer));

        AtomRules.AssertValid(document);
    }

    [Fact]
    public void Write_EmptyFeed_SatisfiesRfc4287()
    {
        AtomRules.AssertValid(XDocument.Parse(SampleFeed.Write(_writer, [])));
    }

    [Fact]
    public void Write_SampleItems_FeedHasEveryRequiredElement()
    {
        var feed = XDocument.Parse(SampleFeed.Write(_writer)).Root!;

        Assert.Equal("tag:feedbot,2025:moh-leadership", feed.Element(A + "id")!.Value);
        Assert.Equal("Bộ Y tế: Hoạt động của lãnh đạo Bộ", feed.Element(A + "title")!.Value);
        Assert.Equal("2025-07-01T02:00:00Z", feed.Element(A + "updated")!.Value);
        Assert.Equal("https://feeds.example.org/feeds/moh-leadership.atom", Link(feed, "self"));
        Assert.Equal(SampleFeed.HomePage.AbsoluteUri, Link(feed, "alternate"));
        Assert.Equal("Bộ Y tế: Hoạt động của lãnh đạo Bộ", feed.Element(A + "author")!.Element(A + "name")!.Value);
    }

    [Fact]
    public void Write_SampleItems_EntriesHaveEveryRequiredElement()
    {
        var entries = XDocument.Parse(SampleFeed.Write(_writer)).Root!.Elements(A + "entry").ToList();

        var first = entries[0];
        Assert.Equal("tag:feedbot,2025:moh-leadership/bo-truong-tiep-doan", first.Element(A + "id")!.Value);
        Assert.Equal("Bộ trưởng Đào Hồng Lan tiếp Đoàn công tác", first.Element(A + "title")!.Value);
        Assert.Equal("2025-06-30T07:43:00Z", first.Element(A + "published")!.Value);
        Assert.Equal("2025-07-01T02:00:00Z", first.Element(A + "updated")!.Value);
        Assert.Equal(FeedItemBuilder.Item("bo-truong-tiep-doan").Build().Link, Link(first, "alternate"));
        Assert.Equal("Sáng 30/6, Bộ trưởng Bộ Y tế tiếp Đoàn công tác của WHO.", first.Element(A + "summary")!.Value);
        Assert.Equal("html", first.Element(A + "content")!.Attribute("type")!.Value);
        Assert.Equal("<p>Nội dung <strong>bo-truong-tiep-doan</strong></p>", first.Element(A + "content")!.Value);
        Assert.Equal(SampleFeed.CleanHostileTitle, entries[1].Element(A + "title")!.Value);
        Assert.Equal(["2025-06-30T07:43:00Z", "2025-06-29T21:55:00Z", "2025-06-28T10:00:00Z"],
            entries.Select(e => e.Element(A + "published")!.Value));
    }

    [Fact]
    public void Write_TitleChangedAndEdited_IdStaysUpdatedMoves()
    {
        var edited = SampleFeed.Edited.AddDays(1);
        var items = SampleFeed.Items().Select(i => i with { Title = "Tiêu đề mới", UpdatedUtc = edited }).ToList();

        var before = XDocument.Parse(SampleFeed.Write(_writer)).Root!.Elements(A + "entry").ToList();
        var after = XDocument.Parse(SampleFeed.Write(_writer, items)).Root!.Elements(A + "entry").ToList();

        Assert.Equal(before.Select(e => e.Element(A + "id")!.Value), after.Select(e => e.Element(A + "id")!.Value));
        Assert.All(after, e => Assert.Equal("2025-07-02T02:00:00Z", e.Element(A + "updated")!.Value));
    }

    [Fact]
    public void Write_SameItemsTwice_SameBytesWithTheGivenIdsAndDates()
    {
        var first = SampleFeed.Write(_writer);

        Assert.Equal(first, SampleFeed.Write(_writer));
        Assert.Equal(SampleFeed.Write(_writer, []), SampleFeed.Write(_writer, []));
        Assert.DoesNotContain("uuid:", first, StringComparison.Ordinal);
    }

    private static string Link(XElement parent, string rel) =>
        parent.Elements(A + "link").Single(l => l.Attribute("rel")?.Value == rel).Attribute("href")!.Value;
}

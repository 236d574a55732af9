using System.Text;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Writing;
using FeedBot.Testing.Builders;

namespace FeedBot.Feeds.Tests.Writing;

public sealed class FeedEntryFactoryTests
{
    private static readonly Uri Home = new("https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo");
    private readonly FeedEntryFactory _factory = SampleFeed.Factory;

    [Fact]
    public void CreateEntry_DecomposedTitle_IsNfc()
    {
        var entry = _factory.CreateEntry(FeedItemBuilder.Item("nfd").WithTitle("Bo\u0323\u0302 tru\u031Bo\u031B\u0309ng").Build(), Home);

        Assert.Equal("Bộ trưởng", entry.Title);
        Assert.True(entry.Title.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void CreateEntry_NonHttpLinkAndImage_UsesHomePageAndDropsImage()
    {
        var item = FeedItemBuilder.Item("x").WithLink("javascript:alert(1)").WithImage("data:image/png;base64,AAAA").Build();

        var entry = _factory.CreateEntry(item, Home);

        Assert.Equal(Home, entry.Link);
        Assert.Null(entry.ImageUrl);
    }

    [Fact]
    public void CreateEntry_PublishedAfterUpdated_UpdatedIsNeverEarlierThanPublished()
    {
        var published = new DateTimeOffset(2025, 6, 30, 7, 0, 0, TimeSpan.Zero);
        var item = FeedItemBuilder.Item("x").PublishedAt(published).UpdatedAt(published.AddHours(-1)).Build();

        Assert.Equal(published, _factory.CreateEntry(item, Home).UpdatedUtc);
    }

    [Fact]
    public void CreateEntry_SummaryWithMarkup_FallbackContentIsEscaped()
    {
        var item = FeedItemBuilder.Item("x").WithContent(null).WithSummary("<img src=x onerror=alert(1)> & co").Build();

        Assert.Equal("<p>&lt;img src=x onerror=alert(1)&gt; &amp; co</p>", _factory.CreateEntry(item, Home).ContentHtml);
    }

    [Fact]
    public void CreateDocument_NoItems_IsDatedByTheFallback()
    {
        var channel = new FeedChannel("s", "S", null, "vi", Home, null);
        var when = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

        var document = _factory.CreateDocument(channel, [], Home, when);

        Assert.Equal(when, document.UpdatedUtc);
        Assert.Empty(document.Entries);
    }

    [Fact]
    public void CreateEntry_TaggedItem_PeopleByNameInTagOrderUnconfiguredIdLeftOut()
    {
        var item = FeedItemBuilder.Item("x").WithPeople("do-xuan-tuyen", "removed-person", "dao-hong-lan").Build();

        var people = _factory.CreateEntry(item, Home).People;

        Assert.Equal([new FeedPerson("do-xuan-tuyen", "Đỗ Xuân Tuyên"), new FeedPerson("dao-hong-lan", "Đào Hồng Lan")], people);
    }

    [Fact]
    public void CreateEntry_StoredSanitizedArticle_ContentIsTheStoredHtmlAsIs()
    {
        var stored = new HtmlSanitizer().Sanitize("<p onclick=\"x()\">Nội <b>dung</b><script>alert(1)</script></p><img src=\"/a.png\">", Home);

        Assert.Equal(stored, _factory.CreateEntry(FeedItemBuilder.Item("x").WithContent(stored).Build(), Home).ContentHtml);
    }
}

using FeedBot.Feeds.Text;
using FeedBot.Testing.Builders;
using FeedBot.Worker.Telegram.Formatting;

namespace FeedBot.Worker.Tests.Telegram.Formatting;

public sealed class ArticleTextTests
{
    private readonly ArticleText _articles = new(new HtmlBlocks());

    [Fact]
    public void Of_SanitizedBody_ParagraphsListItemsAndCaptionsAsPlainText()
    {
        const string html = "<p>Tóm tắt.</p><h2>Tiêu  đề\nnhỏ</h2><p>Một <strong>đoạn</strong><br/>dòng mới</p>" +
            "<ul><li>ý một</li><li><em>ý</em> hai</li></ul><figure><img src=\"https://moh.gov.vn/a.jpg\" alt=\"ảnh\"/><figcaption>Chú thích</figcaption></figure>";

        var text = _articles.Of(Item(html), "Tóm tắt.");

        Assert.Equal("Tiêu đề nhỏ\n\nMột đoạn\n\ndòng mới\n\ný một\n\ný hai\n\nChú thích", text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<p> </p><img src=\"https://moh.gov.vn/a.jpg\"/>")]
    public void Of_NoText_Empty(string? html)
    {
        Assert.Equal("", _articles.Of(Item(html), ""));
    }

    [Fact]
    public void Of_EscapedMarkup_StaysText()
    {
        Assert.Equal("<b>x</b> & y", _articles.Of(Item("<p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>"), ""));
    }

    [Fact]
    public void Of_SameItemAndBodyForAnotherChat_ReusesTheTextComputedOnce()
    {
        var first = _articles.Of(Item("<p>Một đoạn.</p>"), "");

        var again = _articles.Of(Item(new string("<p>Một đoạn.</p>".AsSpan())), "");

        Assert.Equal("Một đoạn.", first);
        Assert.Same(first, again);
    }

    [Fact]
    public void Of_BodySummaryOrItemChanged_ReadAgain()
    {
        var before = _articles.Of(Item("<p>Tóm tắt.</p><p>Bản đầu.</p>"), "Tóm tắt.");

        var edited = _articles.Of(Item("<p>Tóm tắt.</p><p>Bản sửa.</p>"), "Tóm tắt.");
        var otherSummary = _articles.Of(Item("<p>Tóm tắt.</p><p>Bản sửa.</p>"), "Khác.");
        var otherItem = _articles.Of(Item("<p>Bài khác.</p>", id: 1 + 64), "");

        Assert.Equal("Bản đầu.", before);
        Assert.Equal("Bản sửa.", edited);
        Assert.Equal("Tóm tắt.\n\nBản sửa.", otherSummary);
        Assert.Equal("Bài khác.", otherItem);
        Assert.Equal("Tóm tắt.\n\nBản sửa.", _articles.Of(Item("<p>Tóm tắt.</p><p>Bản sửa.</p>"), "Khác."));
    }

    private static Feeds.Model.FeedItem Item(string? html, long id = 1) => FeedItemBuilder.Item("bai-a", id).WithContent(html).Build();
}

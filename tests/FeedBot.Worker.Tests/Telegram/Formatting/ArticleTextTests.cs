using FeedBot.Worker.Telegram.Formatting;

namespace FeedBot.Worker.Tests.Telegram.Formatting;

public sealed class ArticleTextTests
{
    [Fact]
    public void From_SanitizedBody_ParagraphsListItemsAndCaptionsAsPlainText()
    {
        const string html = "<p>Tóm tắt.</p><h2>Tiêu  đề\nnhỏ</h2><p>Một <strong>đoạn</strong><br/>dòng mới</p>" +
            "<ul><li>ý một</li><li><em>ý</em> hai</li></ul><figure><img src=\"https://moh.gov.vn/a.jpg\" alt=\"ảnh\"/><figcaption>Chú thích</figcaption></figure>";

        var text = ArticleText.From(html, "Tóm tắt.");

        Assert.Equal("Tiêu đề nhỏ\n\nMột đoạn\n\ndòng mới\n\ný một\n\ný hai\n\nChú thích", text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<p> </p><img src=\"https://moh.gov.vn/a.jpg\"/>")]
    public void From_NoText_Empty(string? html)
    {
        Assert.Equal("", ArticleText.From(html, ""));
    }

    [Fact]
    public void From_EscapedMarkup_StaysText()
    {
        Assert.Equal("<b>x</b> & y", ArticleText.From("<p>&lt;b&gt;x&lt;/b&gt; &amp; y</p>", ""));
    }
}

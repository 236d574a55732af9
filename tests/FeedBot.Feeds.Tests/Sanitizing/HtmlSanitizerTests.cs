using System.Text;
using FeedBot.Feeds.Sanitizing;

namespace FeedBot.Feeds.Tests.Sanitizing;

public sealed class HtmlSanitizerTests
{
    private static readonly Uri Page = new("https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/x/content/y");
    private readonly HtmlSanitizer _sanitizer = new();

    [Theory]
    [InlineData("<p>a<script>alert(1)</script>b</p>", "<p>ab</p>")]
    [InlineData("<style>p{}</style><p>a</p>", "<p>a</p>")]
    [InlineData("<p>a</p><iframe src=\"https://x\"><p>in</p></iframe>", "<p>a</p>")]
    [InlineData("<noscript><p>n</p></noscript><template><p>t</p></template><p>a</p>", "<p>a</p>")]
    [InlineData("<svg><a href=\"https://x\">s</a></svg><math><mi>x</mi></math><p>a</p>", "<p>a</p>")]
    [InlineData("<form><p>f</p><input /></form><object><embed /></object><p>a</p>", "<p>a</p>")]
    public void Sanitize_DangerousElements_DroppedWithTheirContent(string html, string expected)
    {
        Assert.Equal(expected, _sanitizer.Sanitize(html, Page));
    }

    [Theory]
    [InlineData("<p onclick=\"x()\" style=\"color:red\" class=\"c\" id=\"i\">a</p>", "<p>a</p>")]
    [InlineData("<a href=\"/tin\" onmouseover=\"x()\" target=\"_blank\" rel=\"x\">t</a>", "<a href=\"https://moh.gov.vn/tin\">t</a>")]
    [InlineData("<img src=\"a.jpg\" alt=\"A\" onerror=\"x()\" width=\"5\" class=\"c\" />", "<img src=\"https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/x/content/a.jpg\" alt=\"A\" />")]
    [InlineData("<img src=\"//cdn.moh.gov.vn/a.jpg\" title=\"T &quot;q&quot;\" />", "<img src=\"https://cdn.moh.gov.vn/a.jpg\" alt=\"\" title=\"T &quot;q&quot;\" />")]
    public void Sanitize_Attributes_OnlyAllowlistedAndUrlsAbsolute(string html, string expected)
    {
        Assert.Equal(expected, _sanitizer.Sanitize(html, Page));
    }

    [Theory]
    [InlineData("<p><a href=\"javascript:alert(1)\">x</a></p>", "<p>x</p>")]
    [InlineData("<p><a href=\" JAVASCRIPT:alert(1)\">x</a></p>", "<p>x</p>")]
    [InlineData("<p><a href=\"vbscript:x\">x</a></p>", "<p>x</p>")]
    [InlineData("<p><a href=\"data:text/html,x\">x</a></p>", "<p>x</p>")]
    [InlineData("<p><a>x</a></p>", "<p>x</p>")]
    [InlineData("<p><a href=\"mailto:a@b.vn\">x</a></p>", "<p>x</p>")]
    public void Sanitize_LinkWithoutHttpHref_Unwrapped(string html, string expected)
    {
        Assert.Equal(expected, _sanitizer.Sanitize(html, Page));
    }

    [Theory]
    [InlineData("<p><img src=\"javascript:alert(1)\" />x</p>", "<p>x</p>")]
    [InlineData("<p><img src=\"data:image/png;base64,AAAA\" />x</p>", "<p>x</p>")]
    [InlineData("<p><img alt=\"none\" />x</p>", "<p>x</p>")]
    [InlineData("<p><img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/lazy.jpg\" /></p>", "<p><img src=\"https://moh.gov.vn/lazy.jpg\" alt=\"\" /></p>")]
    public void Sanitize_ImageWithoutValidSrc_DroppedOrLazySourceUsed(string html, string expected)
    {
        Assert.Equal(expected, _sanitizer.Sanitize(html, Page));
    }

    [Theory]
    [InlineData("<p>x</p><div><span><font color=\"red\">a</font> b</span></div><div>c</div>", "<p>x</p>\na b\nc")]
    [InlineData("<table><tr><td><p>cell</p></td></tr></table>", "<p>cell</p>")]
    [InlineData("<h1>Big</h1><h2>Sub</h2>", "Big\n<h2>Sub</h2>")]
    [InlineData("<section><ul><li>1</li><li>2</li></ul></section>", "<ul><li>1</li>\n<li>2</li></ul>")]
    public void Sanitize_UnknownElements_UnwrappedKeepingChildren(string html, string expected)
    {
        Assert.Equal(expected, _sanitizer.Sanitize(html, Page));
    }

    [Theory]
    [InlineData("<p></p><p> &nbsp; </p><p><br></p><p><strong> </strong></p><p>a</p>", "<p>a</p>")]
    [InlineData("<p>a<br>b</p>", "<p>a<br />b</p>")]
    [InlineData("<p><em></em>a</p>", "<p>a</p>")]
    public void Sanitize_EmptyParagraphsAndEmphasis_Removed(string html, string expected)
    {
        Assert.Equal(expected, _sanitizer.Sanitize(html, Page));
    }

    [Fact]
    public void Sanitize_FigureWithCaption_Kept()
    {
        var html = "<figure class=\"image\"><img src=\"/a.jpg\" alt=\"Ảnh\"><figcaption style=\"x\">Chú thích</figcaption></figure>";

        Assert.Equal(
            "<figure><img src=\"https://moh.gov.vn/a.jpg\" alt=\"Ảnh\" /><figcaption>Chú thích</figcaption></figure>",
            _sanitizer.Sanitize(html, Page));
    }

    [Fact]
    public void Sanitize_TextWithMarkupCharactersAndControls_EscapedForXml()
    {
        var html = "<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 \u0001\u000B &quot;q&quot; &nbsp;x</p>";

        Assert.Equal("<p>1 &lt; 2 &amp;&amp; 3 &gt; 2 \"q\" \u00A0x</p>", _sanitizer.Sanitize(html, Page));
    }

    [Fact]
    public void Sanitize_DecomposedText_NormalizedToNfc()
    {
        var html = "<p>Bộ Y tế</p>".Normalize(NormalizationForm.FormD);

        var result = _sanitizer.Sanitize(html, Page);

        Assert.Equal("<p>Bộ Y tế</p>", result);
        Assert.True(result.IsNormalized(NormalizationForm.FormC));
    }

    [Fact]
    public void Sanitize_NestedAllowedTags_KeptWithWhitespaceCollapsed()
    {
        var html = "<blockquote>\n  <p>Trích   <b>đậm</b>\n <i>nghiêng</i></p>\n</blockquote><ol><li><a href=\"https://x.vn/?a=1&amp;b=2\">l</a></li></ol>";

        Assert.Equal(
            "<blockquote><p>Trích <b>đậm</b> <i>nghiêng</i></p></blockquote>\n<ol><li><a href=\"https://x.vn/?a=1&amp;b=2\">l</a></li></ol>",
            _sanitizer.Sanitize(html, Page));
    }
}

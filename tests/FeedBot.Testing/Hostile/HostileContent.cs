using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Xunit;

namespace FeedBot.Testing.Hostile;

/// <summary>
/// Text from the site that is markup when read as HTML, and the one check that a field read as HTML carries it inertly:
/// parsed as a browser or feed reader parses it (AngleSharp's HTML5 parser), nothing executable, and the text still
/// visible as text.
/// </summary>
public static class HostileContent
{
    /// <summary>A summary (and title) as the site shows it: text, HTML-escaped in its page.</summary>
    public const string Text = "<img src=x onerror=alert(1)> <b>đậm</b> & <a href=\"javascript:alert(1)\">link</a>";

    private static readonly string[] ActiveElements = ["script", "iframe", "frame", "object", "embed", "applet", "base"];
    private static readonly string[] UrlAttributes = ["href", "src", "srcset", "action", "formaction", "poster", "xlink:href"];
    private static readonly string[] ActiveSchemes = ["javascript:", "vbscript:", "data:"];

    /// <summary>Parses <paramref name="html"/> as an HTML document (a fragment becomes its body).</summary>
    public static IDocument Parse(string html) => new HtmlParser().ParseDocument(html);

    /// <summary>Fails when <paramref name="html"/> has a script-like element, an <c>on*</c> attribute or an active URL.</summary>
    public static IDocument AssertInert(string html)
    {
        var document = Parse(html);
        foreach (var element in document.All)
        {
            Assert.DoesNotContain(element.LocalName, ActiveElements);
            foreach (var attribute in element.Attributes)
            {
                Assert.False(attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), $"<{element.LocalName}> has the event handler {attribute.Name}=\"{attribute.Value}\"");
                if (UrlAttributes.Contains(attribute.Name, StringComparer.OrdinalIgnoreCase))
                {
                    var url = new string(attribute.Value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)).ToArray());
                    Assert.False(ActiveSchemes.Any(s => url.StartsWith(s, StringComparison.OrdinalIgnoreCase)), $"<{element.LocalName} {attribute.Name}=\"{attribute.Value}\"> is an active URL");
                }
            }
        }

        return document;
    }

    /// <summary>
    /// Fails unless the HTML fragment <paramref name="html"/> is inert and shows exactly <paramref name="expectedText"/>
    /// as text: not dropped, and none of it turned into elements (no <c>b</c>, <c>img</c> or <c>a</c> from the text).
    /// </summary>
    public static void AssertShowsAsText(string html, string expectedText, string? wrapper = null)
    {
        var body = AssertInert(html).Body!;
        var elements = body.QuerySelectorAll("*").Select(e => e.LocalName).ToList();
        Assert.Equal(wrapper is null ? [] : [wrapper], elements);
        Assert.Equal(expectedText, body.TextContent);
    }
}

using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FeedBot.Feeds.Text;

namespace FeedBot.Feeds.Scraping;

/// <summary>Helpers shared by the parsers: the page's effective base URL and an element's clean text.</summary>
internal static class PageDocument
{
    /// <summary>The page's <c>&lt;base href&gt;</c> resolved against its URL, else the URL itself.</summary>
    public static Uri BaseUri(IDocument document, Uri pageUrl)
    {
        var declared = document.QuerySelector("base[href]")?.GetAttribute("href");
        return ItemIdentity.ResolveHttp(declared, pageUrl) ?? pageUrl;
    }

    public static IDocument Parse(HtmlParser parser, string html) => parser.ParseDocument(html);

    /// <summary>Entity-decoded, whitespace-collapsed NFC text of the first match, or null when absent or empty.</summary>
    public static string? Text(IElement scope, string? selector)
    {
        if (string.IsNullOrWhiteSpace(selector) || scope.QuerySelector(selector) is not { } element)
        {
            return null;
        }

        var text = PlainText.Clean(element.TextContent);
        return text.Length == 0 ? null : text;
    }
}

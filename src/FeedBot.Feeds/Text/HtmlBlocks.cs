using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FeedBot.Feeds.Text;

/// <summary>
/// The visible text of (sanitized) HTML as one string per block: a paragraph, list item, heading, quotation or caption
/// is its own text, so that words of two blocks never run together or make one phrase, while inline markup
/// (<c>Đào &lt;strong&gt;Hồng Lan&lt;/strong&gt;</c>) stays one text. Entities are decoded by the parser.
/// </summary>
internal static class HtmlBlocks
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "br", "div", "li", "ul", "ol", "blockquote", "figure", "figcaption", "img", "table", "tr", "td", "th",
        "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "hr",
    };

    public static IReadOnlyList<string> Read(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return [];
        }

        var parser = new HtmlParser();
        using var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var blocks = new List<string>();
        var current = new System.Text.StringBuilder();
        foreach (var node in parser.ParseFragment(html, document.Body!))
        {
            Walk(node, current, blocks);
        }

        Flush(current, blocks);
        return blocks;
    }

    private static void Walk(INode node, System.Text.StringBuilder current, List<string> blocks)
    {
        if (node is IText text)
        {
            current.Append(text.Data);
            return;
        }

        var isBlock = node is IElement element && Blocks.Contains(element.LocalName);
        if (isBlock)
        {
            Flush(current, blocks);
        }

        foreach (var child in node.ChildNodes)
        {
            Walk(child, current, blocks);
        }

        if (isBlock)
        {
            Flush(current, blocks);
        }
    }

    private static void Flush(System.Text.StringBuilder current, List<string> blocks)
    {
        if (current.Length > 0 && !string.IsNullOrWhiteSpace(current.ToString()))
        {
            blocks.Add(current.ToString());
        }

        current.Clear();
    }
}

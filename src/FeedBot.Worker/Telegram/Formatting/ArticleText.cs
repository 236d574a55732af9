using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FeedBot.Feeds.Text;

namespace FeedBot.Worker.Telegram.Formatting;

/// <summary>
/// The article's text for a message: the stored (already sanitized) body HTML read as paragraphs of plain text, one per
/// block (p, li with a bullet, headings, quotes, captions, line breaks), each cleaned (NFC, one space between words),
/// separated by a blank line. Images and markup are dropped; the text is escaped later, like every other text.
/// A first paragraph that repeats the summary (the site's lead) is left out.
/// </summary>
public static class ArticleText
{
    public const string ParagraphBreak = "\n\n";

    private static readonly HashSet<string> Blocks =
        ["p", "div", "li", "ul", "ol", "blockquote", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "table", "tr"];

    public static string From(string? bodyHtml, string summary)
    {
        if (string.IsNullOrWhiteSpace(bodyHtml))
        {
            return "";
        }

        var parser = new HtmlParser();
        using var document = parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        foreach (var node in parser.ParseFragment(bodyHtml, document.Body!))
        {
            Walk(node, paragraphs, current);
        }

        Flush(paragraphs, current);
        if (paragraphs.Count > 0 && summary.Length > 0 && paragraphs[0] == summary)
        {
            paragraphs.RemoveAt(0);
        }

        return string.Join(ParagraphBreak, paragraphs);
    }

    private static void Walk(INode node, List<string> paragraphs, StringBuilder current)
    {
        switch (node)
        {
            case IText text:
                current.Append(text.Data);
                return;
            case IElement { LocalName: "br" }:
                Flush(paragraphs, current);
                return;
            case IElement { LocalName: "img" or "script" or "style" }:
                return;
            case IElement element when Blocks.Contains(element.LocalName):
                Flush(paragraphs, current);
                if (element.LocalName == "li")
                {
                    current.Append("• ");
                }

                WalkChildren(element, paragraphs, current);
                Flush(paragraphs, current);
                return;
            default:
                WalkChildren(node, paragraphs, current);
                return;
        }
    }

    private static void WalkChildren(INode parent, List<string> paragraphs, StringBuilder current)
    {
        foreach (var child in parent.ChildNodes)
        {
            Walk(child, paragraphs, current);
        }
    }

    private static void Flush(List<string> paragraphs, StringBuilder current)
    {
        var text = PlainText.Clean(current.ToString());
        current.Clear();
        if (text.Length > 0 && text != "•")
        {
            paragraphs.Add(text);
        }
    }
}

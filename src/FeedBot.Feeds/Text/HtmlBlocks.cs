using System.Collections.Concurrent;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FeedBot.Feeds.Text;

/// <summary>
/// The visible text of (sanitized) HTML as one string per block: a paragraph, list item, heading, quotation or caption
/// is its own text, so that words of two blocks never run together or make one phrase, while inline markup
/// (<c>Đào &lt;strong&gt;Hồng Lan&lt;/strong&gt;</c>) stays one text. Entities are decoded by the parser. Used by the
/// person tagger and by Telegram's full-format messages (the article's paragraphs). One instance (a singleton) keeps its
/// parsers for reuse: an AngleSharp <see cref="HtmlParser"/> may parse again and again, but one at a time (its browsing
/// context is like a browser tab, its maintainers say), so each parse takes an idle parser from a pool, or makes one
/// when all are busy, and gives it back: the pool holds at most as many as ever parsed at once.
/// </summary>
public sealed class HtmlBlocks
{
    private static readonly HashSet<string> Blocks = new(StringComparer.Ordinal)
    {
        "p", "br", "div", "li", "ul", "ol", "blockquote", "figure", "figcaption", "img", "table", "tr", "td", "th",
        "h1", "h2", "h3", "h4", "h5", "h6", "section", "article", "hr",
    };

    private readonly ConcurrentBag<FragmentParser> _idle = [];

    public IReadOnlyList<string> Read(string? html)
    {
        if (string.IsNullOrWhiteSpace(html))
        {
            return [];
        }

        var parser = _idle.TryTake(out var idle) ? idle : new FragmentParser();
        try
        {
            var blocks = new List<string>();
            var current = new StringBuilder();
            foreach (var node in parser.Parse(html))
            {
                Walk(node, current, blocks);
            }

            Flush(current, blocks);
            return blocks;
        }
        finally
        {
            _idle.Add(parser);
        }
    }

    private static void Walk(INode node, StringBuilder current, List<string> blocks)
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

    private static void Flush(StringBuilder current, List<string> blocks)
    {
        if (current.Length > 0 && !string.IsNullOrWhiteSpace(current.ToString()))
        {
            blocks.Add(current.ToString());
        }

        current.Clear();
    }

    /// <summary>A parser and the <c>body</c> its fragments are parsed in (only the context's name is read, so it is reused too).</summary>
    private sealed class FragmentParser
    {
        private readonly HtmlParser _parser = new();
        private readonly IElement _body;

        public FragmentParser() => _body = _parser.ParseDocument("<!DOCTYPE html><html><body></body></html>").Body!;

        public INodeList Parse(string html) => _parser.ParseFragment(html, _body);
    }
}

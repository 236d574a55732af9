using System.Collections.Frozen;

namespace FeedBot.Feeds.Sanitizing;

/// <summary>The sanitizer's tag policy.</summary>
internal static class SanitizerTags
{
    /// <summary>Kept (with their allowed attributes only).</summary>
    public static readonly FrozenSet<string> Allowed = new[]
    {
        "p", "br", "strong", "em", "b", "i", "ul", "ol", "li", "blockquote", "figure", "figcaption", "img", "a", "h2", "h3", "h4",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Dropped with everything inside.</summary>
    public static readonly FrozenSet<string> Dropped = new[]
    {
        "script", "style", "iframe", "frame", "frameset", "object", "embed", "applet", "form", "noscript", "template",
        "svg", "math", "head", "title", "meta", "link", "base", "input", "button", "select", "textarea", "video", "audio", "canvas",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Allowed blocks, followed by a line break in the output for readability.</summary>
    public static readonly FrozenSet<string> Blocks = new[]
    {
        "p", "ul", "ol", "li", "blockquote", "figure", "figcaption", "h2", "h3", "h4",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Not allowed, unwrapped, but kept apart from their neighbours by a line break.</summary>
    public static readonly FrozenSet<string> UnwrappedBlocks = new[]
    {
        "div", "section", "article", "header", "footer", "aside", "nav", "main", "h1", "h5", "h6", "table", "tr", "td", "th",
        "caption", "dl", "dt", "dd", "pre", "address", "center", "hr", "details", "summary",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);
}

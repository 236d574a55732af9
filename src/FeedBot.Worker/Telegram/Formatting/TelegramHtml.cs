using System.Text;

namespace FeedBot.Worker.Telegram.Formatting;

/// <summary>Escaping for Telegram's HTML parse mode and cutting text to a number of visible code points.</summary>
public static class TelegramHtml
{
    public const string Ellipsis = "…";

    /// <summary>Escapes <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> and <c>"</c> (the entities Telegram knows).</summary>
    public static string Escape(string text)
    {
        var output = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                '"' => output.Append("&quot;"),
                _ => output.Append(c),
            };
        }

        return output.ToString();
    }

    /// <summary>Telegram counts characters; an emoji outside the BMP is one code point but two UTF-16 units.</summary>
    public static int CodePoints(string text) => text.EnumerateRunes().Count();

    /// <summary>
    /// Returns <paramref name="text"/> if it has at most <paramref name="max"/> code points; else cuts it at the last
    /// space before the limit (or mid-word when the text has no space in its second half) and appends <c>…</c>,
    /// so the result has at most <paramref name="max"/> code points.
    /// </summary>
    public static string Cut(string text, int max)
    {
        if (max <= 0)
        {
            return "";
        }

        var runes = text.EnumerateRunes().ToList();
        if (runes.Count <= max)
        {
            return text;
        }

        var kept = runes.Take(max - 1).ToList();
        var space = kept.FindLastIndex(Rune.IsWhiteSpace);
        if (space > kept.Count / 2 && !Rune.IsWhiteSpace(runes[max - 1]))
        {
            kept = kept.Take(space).ToList();
        }

        var builder = new StringBuilder();
        kept.ForEach(r => builder.Append(r.ToString()));
        return builder.ToString().TrimEnd() + Ellipsis;
    }
}

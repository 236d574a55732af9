using System.Text;

namespace FeedBot.Feeds.Text;

/// <summary>Text as feeds and Telegram want it: NFC, one space between words, nothing XML forbids.</summary>
public static class PlainText
{
    /// <summary>NFC-normalizes, collapses every whitespace run (including no-break spaces) to one space, trims,
    /// and removes characters XML 1.0 forbids and zero-width/format noise.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var normalized = RemoveXmlForbidden(text).Normalize(NormalizationForm.FormC);
        var builder = new StringBuilder(normalized.Length);
        var pendingSpace = false;
        foreach (var c in normalized)
        {
            if (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF')
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>Removes characters that may not appear in an XML 1.0 document (controls, lone surrogates, U+FFFE/FFFF).</summary>
    public static string RemoveXmlForbidden(string text)
    {
        if (text.AsSpan().IndexOfAnyExceptInRange('\u0020', '\uD7FF') < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                builder.Append(c).Append(text[++i]);
            }
            else if (c is '\t' or '\n' or '\r' || (c >= '\u0020' && c <= '\uD7FF') || (c >= '\uE000' && c <= '\uFFFD'))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

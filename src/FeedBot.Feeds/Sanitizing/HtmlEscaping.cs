using System.Text;

namespace FeedBot.Feeds.Sanitizing;

/// <summary>
/// The one HTML escaper (feeds, the sanitizer, the home page): valid in both HTML and XML, only the five predefined
/// entities, never named HTML ones. Text from the site goes through here before it enters any field read as HTML.
/// </summary>
public static class HtmlEscaping
{
    /// <summary>Text escaped for an HTML element's content: <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c>.</summary>
    public static string Text(string text)
    {
        var output = new StringBuilder(text.Length + 16);
        AppendText(output, text);
        return output.ToString();
    }

    public static void AppendText(StringBuilder output, string text)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                _ => output.Append(c),
            };
        }
    }

    /// <summary>Text escaped for a double- or single-quoted attribute value (also escapes quotes).</summary>
    public static string Attribute(string value)
    {
        var output = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            _ = c switch
            {
                '"' => output.Append("&quot;"),
                '\'' => output.Append("&#39;"),
                _ => AppendTextChar(output, c),
            };
        }

        return output.ToString();
    }

    private static StringBuilder AppendTextChar(StringBuilder output, char c)
    {
        AppendText(output, c.ToString());
        return output;
    }
}

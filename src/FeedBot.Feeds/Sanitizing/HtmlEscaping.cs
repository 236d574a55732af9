using System.Text;

namespace FeedBot.Feeds.Sanitizing;

/// <summary>Escaping that is valid in both HTML and XML: only the five predefined entities, never named HTML ones.</summary>
internal static class HtmlEscaping
{
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

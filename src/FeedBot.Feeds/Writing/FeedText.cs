using System.Text;
using FeedBot.Feeds.Text;

namespace FeedBot.Feeds.Writing;

/// <summary>Text and URL hygiene shared by the writers: NFC, nothing XML forbids, http(s) URLs only.</summary>
public static class FeedText
{
    /// <summary>One line of plain text (titles, summaries): NFC, whitespace collapsed; null when nothing is left.</summary>
    public static string? Plain(string? text)
    {
        var clean = PlainText.Clean(text);
        return clean.Length == 0 ? null : clean;
    }

    /// <summary>An HTML fragment made safe to embed in XML: forbidden characters removed, NFC.</summary>
    public static string Html(string html) =>
        PlainText.RemoveXmlForbidden(html).Normalize(NormalizationForm.FormC).Trim();

    /// <summary>The absolute http(s) URL in <paramref name="value"/>, or null.</summary>
    public static Uri? HttpUrl(string? value) =>
        Uri.TryCreate(value?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri
            : null;
}

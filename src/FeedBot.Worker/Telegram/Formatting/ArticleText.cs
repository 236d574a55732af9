using FeedBot.Feeds.Text;

namespace FeedBot.Worker.Telegram.Formatting;

/// <summary>
/// The article's text for a message: the stored (already sanitized) body HTML read as blocks of text
/// (<see cref="HtmlBlocks"/>: paragraphs, list items, headings, quotes, captions, line breaks), each cleaned (NFC, one
/// space between words) and separated by a blank line. Images and markup are dropped; the text is escaped later, like
/// every other text. A first paragraph that repeats the summary (the site's lead) is left out.
/// </summary>
public static class ArticleText
{
    public const string ParagraphBreak = "\n\n";

    public static string From(string? bodyHtml, string summary)
    {
        var paragraphs = HtmlBlocks.Read(bodyHtml).Select(PlainText.Clean).Where(p => p.Length > 0).ToList();
        if (paragraphs.Count > 0 && summary.Length > 0 && paragraphs[0] == summary)
        {
            paragraphs.RemoveAt(0);
        }

        return string.Join(ParagraphBreak, paragraphs);
    }
}

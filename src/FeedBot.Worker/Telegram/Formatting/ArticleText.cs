using FeedBot.Feeds.Model;
using FeedBot.Feeds.Text;

namespace FeedBot.Worker.Telegram.Formatting;

/// <summary>
/// The article's text for a message: the stored (already sanitized) body HTML read as blocks of text
/// (<see cref="HtmlBlocks"/>: paragraphs, list items, headings, quotes, captions, line breaks), each cleaned (NFC, one
/// space between words) and separated by a blank line. Images and markup are dropped; the text is escaped later, like
/// every other text. A first paragraph that repeats the summary (the site's lead) is left out.
/// </summary>
/// <remarks>
/// A new item goes to every chat that gets it in the full format, each its own outbox row loaded on its own; so that
/// the article is parsed once per item and not once per chat, the text of the last items is kept, one slot per item id
/// modulo <see cref="Slots"/> (a poll's new items have consecutive ids, and their rows interleave chat by chat), and is
/// reused only while the row brings the same body and summary, compared in full: an article that arrives or changes
/// later is read again, never served stale. Slots are swapped whole, so concurrent sends need no lock.
/// </remarks>
public sealed class ArticleText(HtmlBlocks blocks)
{
    public const string ParagraphBreak = "\n\n";

    private const int Slots = 64;

    private readonly Computed?[] _recent = new Computed?[Slots];

    /// <summary>The text of <paramref name="item"/>'s article, computed once while its body and summary stay the same.</summary>
    public string Of(FeedItem item, string summary)
    {
        ref var slot = ref _recent[(int)((ulong)item.Id % Slots)];
        if (Volatile.Read(ref slot) is { } recent && recent.ItemId == item.Id
            && string.Equals(recent.BodyHtml, item.ContentHtml, StringComparison.Ordinal) && string.Equals(recent.Summary, summary, StringComparison.Ordinal))
        {
            return recent.Text;
        }

        var text = From(item.ContentHtml, summary);
        Volatile.Write(ref slot, new Computed(item.Id, item.ContentHtml, summary, text));
        return text;
    }

    private string From(string? bodyHtml, string summary)
    {
        var paragraphs = blocks.Read(bodyHtml).Select(PlainText.Clean).Where(p => p.Length > 0).ToList();
        if (paragraphs.Count > 0 && summary.Length > 0 && paragraphs[0] == summary)
        {
            paragraphs.RemoveAt(0);
        }

        return string.Join(ParagraphBreak, paragraphs);
    }

    private sealed record Computed(long ItemId, string? BodyHtml, string Summary, string Text);
}

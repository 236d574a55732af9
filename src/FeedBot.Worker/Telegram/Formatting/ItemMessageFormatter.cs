using FeedBot.Feeds.Model;
using FeedBot.Feeds.Text;
using FeedBot.Worker.Telegram.Api;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Telegram.Formatting;

/// <summary>
/// The one message layout for items (used by /latest's neighbours and by delivery): the title in bold linking to the
/// article, the source and the Vietnam date and time, then the summary. Only &lt;b&gt; and &lt;a&gt; are emitted, every
/// text is escaped, and the summary (then, if need be, the title) is cut on a word boundary with … so the visible text
/// fits 4096 code points, or 1024 for a photo caption.
/// </summary>
public sealed class ItemMessageFormatter(IOptions<TelegramOptions> options)
{
    public const int TextLimit = 4096;
    public const int CaptionLimit = 1024;

    public FormattedMessage Format(FeedItem item, string sourceTitle, string language)
    {
        var photo = options.Value.SendPhotos && IsHttpUrl(item.ImageUrl) ? item.ImageUrl : null;
        var limit = photo is null ? TextLimit : CaptionLimit;
        var title = PlainText.Clean(item.Title);
        var meta = $"{PlainText.Clean(sourceTitle)} · {VietnamTime.Format(item.PublishedUtc, language)}";
        var summary = PlainText.Clean(item.Summary);
        var link = IsHttpUrl(item.Link) ? item.Link : null;

        var (htmlTitle, htmlSummary) = Fit(title, meta, summary, limit);
        var heading = link is null
            ? $"<b>{TelegramHtml.Escape(htmlTitle)}</b>"
            : $"<b><a href=\"{TelegramHtml.Escape(link)}\">{TelegramHtml.Escape(htmlTitle)}</a></b>";
        var html = Join(heading, TelegramHtml.Escape(meta), TelegramHtml.Escape(htmlSummary));

        var linkLine = link is null ? "" : $"\n{link}";
        var (plainTitle, plainSummary) = Fit(title, meta, summary, limit - TelegramHtml.CodePoints(linkLine));
        return new FormattedMessage(html, photo, Join(plainTitle, meta, plainSummary) + linkLine);
    }

    /// <summary>Cuts the summary, then the title, so that title + "\n" + meta + "\n\n" + summary fits <paramref name="limit"/>.</summary>
    private static (string Title, string Summary) Fit(string title, string meta, string summary, int limit)
    {
        var fixedLength = TelegramHtml.CodePoints(title) + 1 + TelegramHtml.CodePoints(meta);
        var room = limit - fixedLength - 2;
        if (summary.Length > 0 && room >= 20)
        {
            return (title, TelegramHtml.Cut(summary, room));
        }

        var titleRoom = limit - TelegramHtml.CodePoints(meta) - 1;
        return (TelegramHtml.Cut(title, titleRoom), summary.Length > 0 && fixedLength + 2 + TelegramHtml.CodePoints(summary) <= limit ? summary : "");
    }

    private static string Join(string title, string meta, string summary) =>
        summary.Length == 0 ? $"{title}\n{meta}" : $"{title}\n{meta}\n\n{summary}";

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

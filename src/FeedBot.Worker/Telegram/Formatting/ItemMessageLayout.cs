namespace FeedBot.Worker.Telegram.Formatting;

/// <summary>
/// Lays out <see cref="MessageParts"/> within a limit of visible code points, as HTML or as plain text. The title, the
/// source line, the link to the original and the hashtags always stay; the summary (then the title) is cut when it must
/// be; the article gets what room is left, cut on a word boundary with …, and is left out when under
/// <see cref="MinArticleRoom"/> characters would remain.
/// </summary>
public static class ItemMessageLayout
{
    public const int MinArticleRoom = 80;

    public static string Html(MessageParts parts, int limit)
    {
        var tail = "";
        if (parts.LinkLabel is not null && parts.Link is not null)
        {
            tail += $"\n<a href=\"{TelegramHtml.Escape(parts.Link)}\">{TelegramHtml.Escape(parts.LinkLabel)}</a>";
        }

        var tailVisible = (parts.LinkLabel is not null && parts.Link is not null ? 1 + TelegramHtml.CodePoints(parts.LinkLabel) : 0) + TagsLength(parts);
        var (title, summary) = Fit(parts.Title, parts.Meta, parts.Summary, limit - tailVisible);
        var heading = parts.Link is null
            ? $"<b>{TelegramHtml.Escape(title)}</b>"
            : $"<b><a href=\"{TelegramHtml.Escape(parts.Link)}\">{TelegramHtml.Escape(title)}</a></b>";
        var head = Join(heading, TelegramHtml.Escape(parts.Meta), TelegramHtml.Escape(summary));
        var room = limit - TelegramHtml.CodePoints(Join(title, parts.Meta, summary)) - tailVisible - 1;
        var article = Article(parts.Article, room);
        var quote = article.Length == 0 ? "" : $"\n<blockquote expandable>{TelegramHtml.Escape(article)}</blockquote>";
        return head + quote + tail + Tags(parts);
    }

    public static string Plain(MessageParts parts, int limit)
    {
        var linkLine = parts.Link is null ? "" : parts.LinkLabel is null ? $"\n{parts.Link}" : $"\n{parts.LinkLabel}: {parts.Link}";
        var tailVisible = TelegramHtml.CodePoints(linkLine) + TagsLength(parts);
        var (title, summary) = Fit(parts.Title, parts.Meta, parts.Summary, limit - tailVisible);
        var head = Join(title, parts.Meta, summary);
        var room = limit - TelegramHtml.CodePoints(head) - tailVisible - 2;
        var article = Article(parts.Article, room);
        return head + (article.Length == 0 ? "" : "\n\n" + article) + linkLine + Tags(parts);
    }

    private static string Article(string article, int room) =>
        article.Length == 0 || room < MinArticleRoom ? "" : TelegramHtml.Cut(article, room);

    private static string Tags(MessageParts parts) => parts.Hashtags.Length == 0 ? "" : "\n\n" + parts.Hashtags;

    private static int TagsLength(MessageParts parts) => parts.Hashtags.Length == 0 ? 0 : 2 + TelegramHtml.CodePoints(parts.Hashtags);

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
}

using FeedBot.Feeds.Model;
using FeedBot.Feeds.People;
using FeedBot.Feeds.Text;
using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Conversation;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Telegram.Formatting;

/// <summary>
/// The one message layout for items (used by delivery): the title in bold linking to the article, the source and the
/// Vietnam date and time, then the summary; in the full format the article's text follows in an expandable quotation
/// (<c>&lt;blockquote expandable&gt;</c>) and a link to the original; last a hashtag per tagged person
/// (<see cref="PersonHashtag"/>). Only &lt;b&gt;, &lt;a&gt; and &lt;blockquote&gt; are emitted and every text is escaped.
/// The whole stays within 4096 visible code points (1024 for a photo caption), the count Telegram's 'message is too
/// long' check makes after entity parsing (TDLib compares utf8_length, code points, not UTF-16 units): see
/// <see cref="ItemMessageLayout"/>. A full-format item with an image is a text message showing the image as its large
/// link preview, so the article is never squeezed into a caption and each item stays one message.
/// </summary>
public sealed class ItemMessageFormatter(IOptions<TelegramOptions> options, IOptions<PeopleOptions> people, ArticleText articles, BotTexts texts)
{
    public const int TextLimit = 4096;
    public const int CaptionLimit = 1024;

    /// <summary>Each known person's hashtag (those with one), in the people list's order: built once.</summary>
    private readonly IReadOnlyList<(string PersonId, string Hashtag)> _hashtags = [.. people.Value.People
        .Select(p => (p.Id, Hashtag: PersonHashtag.For(p.Name)))
        .Where(p => p.Hashtag is not null)
        .Select(p => (p.Id, p.Hashtag!))];

    /// <summary>The message for <paramref name="item"/>, ending with the hashtags of the people it is tagged with (<see cref="FeedItem.PersonIds"/>).</summary>
    public FormattedMessage Format(FeedItem item, string sourceTitle, string language, MessageFormat format)
    {
        var full = format == MessageFormat.Full;
        var image = options.Value.SendPhotos && IsHttpUrl(item.ImageUrl) ? item.ImageUrl : null;
        var photo = full ? null : image;
        var limit = photo is null ? TextLimit : CaptionLimit;
        var summary = PlainText.Clean(item.Summary);
        var parts = new MessageParts(
            PlainText.Clean(item.Title),
            $"{PlainText.Clean(sourceTitle)} · {VietnamTime.Format(item.PublishedUtc, language)}",
            summary,
            IsHttpUrl(item.Link) ? item.Link : null,
            full ? articles.Of(item, summary) : "",
            full ? texts.Plain(language, TextKey.OriginalArticle) : null,
            Hashtags(item.PersonIds));
        return new FormattedMessage(ItemMessageLayout.Html(parts, limit), photo, ItemMessageLayout.Plain(parts, limit), full ? image : null);
    }

    /// <summary>One hashtag per known person, in the people list's order, each once.</summary>
    private string Hashtags(IReadOnlyList<string> personIds) => string.Join(' ', _hashtags
        .Where(p => personIds.Contains(p.PersonId, StringComparer.Ordinal))
        .Select(p => p.Hashtag)
        .Distinct(StringComparer.Ordinal));

    private static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}

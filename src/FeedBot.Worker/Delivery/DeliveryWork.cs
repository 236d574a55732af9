using FeedBot.Feeds.Model;
using FeedBot.Worker.Telegram.Formatting;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Delivery;

/// <summary>A delivery row as read just before sending it: its target's current state (the chat's, and its topic's) and the item (or notice) to send.</summary>
public sealed class DeliveryWork
{
    public long Id { get; init; }
    public long ChatId { get; init; }
    public long ThreadId { get; init; }
    public string Status { get; init; } = "";
    public int Attempts { get; init; }
    public bool PlainText { get; init; }
    public string? NoticeText { get; init; }
    public string ChatType { get; init; } = "";
    public string Language { get; init; } = "vi";
    public bool IsActive { get; init; }
    public bool IsPaused { get; init; }
    public long? ItemId { get; init; }
    public string? SourceId { get; init; }
    public string? ItemKey { get; init; }
    public string? Link { get; init; }
    public string? Title { get; init; }
    public string? Summary { get; init; }
    public string? ImageUrl { get; init; }
    public long PublishedUtc { get; init; }
    public long FirstSeenUtc { get; init; }
    public long UpdatedUtc { get; init; }
    public string? ContentHtml { get; init; }
    public int ContentAttempts { get; init; }
    public string Format { get; init; } = MessageFormats.ShortName;

    public const string Select =
        """
        SELECT d.id AS Id, d.chat_id AS ChatId, d.thread_id AS ThreadId, d.status AS Status, d.attempts AS Attempts,
               d.plain_text AS PlainText, d.notice_text AS NoticeText, c.chat_type AS ChatType, c.language AS Language,
               c.is_active AND COALESCE(t.is_active, TRUE) AS IsActive,
               CASE WHEN d.thread_id = 0 THEN c.is_paused ELSE COALESCE(t.is_paused, FALSE) END AS IsPaused, i.id AS ItemId, i.source_id AS SourceId, i.item_key AS ItemKey, i.link AS Link,
               i.title AS Title, i.summary AS Summary, i.image_url AS ImageUrl, i.published_utc AS PublishedUtc,
               i.first_seen_utc AS FirstSeenUtc, i.updated_utc AS UpdatedUtc, i.content_html AS ContentHtml,
               i.content_attempts AS ContentAttempts, c.format AS Format
        FROM deliveries d JOIN telegram_chats c ON c.chat_id = d.chat_id
        LEFT JOIN telegram_topics t ON t.chat_id = d.chat_id AND t.thread_id = d.thread_id LEFT JOIN items i ON i.id = d.item_id
        """;

    public bool IsNotice => ItemId is null;

    /// <summary>The chat, or the forum topic of it, the row goes to.</summary>
    public ChatTarget Target => new(ChatId, (int)ThreadId);

    public ChatKind Kind => ChatType == "private" ? ChatKind.Private : ChatKind.Group;

    public MessageFormat MessageFormat => MessageFormats.FromStored(Format);

    /// <summary>A full-format item whose article page has not been tried yet, first seen less than <paramref name="window"/> ago.</summary>
    public bool WaitsForArticle(DateTimeOffset now, TimeSpan window) =>
        !IsNotice && MessageFormat == MessageFormat.Full && ContentHtml is null && ContentAttempts == 0
        && now - DateTimeOffset.FromUnixTimeMilliseconds(FirstSeenUtc) < window;

    /// <param name="personIds">The item's tags, read only once the row is to be sent (<see cref="Storage.IOutboxStore.GetPersonIdsAsync"/>).</param>
    public FeedItem ToItem(IReadOnlyList<string> personIds) => new()
    {
        Id = ItemId ?? throw new InvalidOperationException($"Delivery {Id} is a notice, not an item."),
        SourceId = SourceId ?? "",
        Key = ItemKey ?? "",
        Link = Link ?? "",
        Title = Title ?? "",
        Summary = Summary,
        ImageUrl = ImageUrl,
        PublishedUtc = DateTimeOffset.FromUnixTimeMilliseconds(PublishedUtc),
        FirstSeenUtc = DateTimeOffset.FromUnixTimeMilliseconds(FirstSeenUtc),
        UpdatedUtc = DateTimeOffset.FromUnixTimeMilliseconds(UpdatedUtc),
        ContentHtml = ContentHtml,
        PersonIds = personIds,
    };
}

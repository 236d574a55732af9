using FeedBot.Feeds.Storage;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Delivery.Storage;

/// <summary>
/// Delivery's outbox (<c>deliveries</c>): the rows written in other modules' units of work (new items, notices), and
/// the delivery loop's side: due rows oldest first, each outcome written as soon as it is known, so that a crash loses
/// nothing and repeats at most the sends that were in flight.
/// </summary>
public interface IOutboxStore
{
    /// <summary>
    /// One row per (item, chat, topic) in <paramref name="transaction"/>, due now, in the order given (new items, and
    /// those a chat asked for), in multi-row INSERTs; a row that exists already is left alone, so a target reached twice
    /// (subscribed and following, or asking again) gets the item once. Returns how many rows were added.
    /// </summary>
    Task<int> AddItemDeliveriesAsync(IStoreTransaction transaction, IReadOnlyList<NewDelivery> rows, CancellationToken cancellationToken);

    /// <summary>A notice (an alert, a resume note) to a chat or topic, due now, in <paramref name="transaction"/>.</summary>
    Task AddNoticeAsync(IStoreTransaction transaction, ChatTarget target, string text, CancellationToken cancellationToken);

    /// <summary>Pending rows due now, oldest first (paused targets' rows are held and inactive chats' and topics' cancelled first).</summary>
    Task<IReadOnlyList<DueDelivery>> GetDueAsync(int limit, CancellationToken cancellationToken);

    /// <summary>The row with its chat and item as they are now (without the item's tags); null when it is gone.</summary>
    Task<DeliveryWork?> LoadAsync(long id, CancellationToken cancellationToken);

    /// <summary>The people an item is tagged with now (the feeds' <c>item_people</c>), read just before its row is sent.</summary>
    Task<IReadOnlyList<string>> GetPersonIdsAsync(long itemId, CancellationToken cancellationToken);

    /// <summary>When the next pending row falls due, or null when nothing is pending.</summary>
    Task<DateTimeOffset?> GetNextDueAsync(CancellationToken cancellationToken);

    Task MarkSentAsync(long id, long messageId, CancellationToken cancellationToken);

    /// <summary>Keeps the row pending until <paramref name="at"/>; <paramref name="countsAsAttempt"/> is false for 429s.</summary>
    Task RescheduleAsync(long id, DateTimeOffset at, string error, bool countsAsAttempt, CancellationToken cancellationToken);

    /// <summary>Telegram could not parse the HTML: the row is sent again once, as plain text.</summary>
    Task RetryAsPlainTextAsync(long id, string error, CancellationToken cancellationToken);

    Task MarkFailedAsync(long id, string error, CancellationToken cancellationToken);

    /// <summary>A paused chat's row goes back to held until the chat resumes.</summary>
    Task HoldAsync(long id, CancellationToken cancellationToken);
}

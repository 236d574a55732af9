using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram;

/// <summary>
/// Items a chat asked to see (the "5 newest" button), sent through delivery's outbox like every pushed item: paced
/// within Telegram's limits with the chat's other messages, retried, in the chat's format, crash-safe.
/// </summary>
public interface IRequestedItems
{
    /// <summary>Queues the items for the chat (or the forum topic the button was pressed in) in the order given; an item
    /// the target already has a row for (sent, or on its way) is not queued again. Returns how many were queued.</summary>
    Task<int> QueueAsync(ChatTarget target, IReadOnlyList<long> itemIds, CancellationToken cancellationToken);
}

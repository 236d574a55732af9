using FeedBot.Feeds.Storage;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Delivery.Storage;

/// <summary>The outbox as one chat's state changes: resumed (release), and, inside the chat store's unit of work, blocked, moved or deleted.</summary>
public interface IChatOutboxStore
{
    /// <summary>
    /// A resumed chat or topic: its held rows become pending, at most <paramref name="newestPerSource"/> per source (the
    /// newest); the others are cancelled as skipped. Returns how many were skipped.
    /// </summary>
    Task<int> ReleaseHeldAsync(ChatTarget target, int newestPerSource, CancellationToken cancellationToken);

    /// <summary>Cancels the chat's pending and held rows with the reason; returns how many.</summary>
    Task<int> CancelQueuedAsync(IStoreTransaction transaction, long chatId, string reason, CancellationToken cancellationToken);

    /// <summary>Cancels one forum topic's pending and held rows with the reason (the chat's other rows stay); returns how many.</summary>
    Task<int> CancelQueuedAsync(IStoreTransaction transaction, ChatTarget topic, string reason, CancellationToken cancellationToken);

    /// <summary>Moves the chat's rows to <paramref name="toChatId"/> (dropping those the new chat has already) and makes its pending rows due now.</summary>
    Task MoveAsync(IStoreTransaction transaction, long fromChatId, long toChatId, CancellationToken cancellationToken);

    Task DeleteForChatAsync(IStoreTransaction transaction, long chatId, CancellationToken cancellationToken);
}

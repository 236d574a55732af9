using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Telegram.Storage;

/// <summary>
/// A module that keeps rows per chat (delivery's outbox). The chat store calls it inside its own unit of work, so the
/// chat's change and the dependent rows' change commit together, each written by its owner.
/// </summary>
public interface IChatDependents
{
    /// <summary>The chat's rows move from <paramref name="fromChatId"/> to <paramref name="toChatId"/> (which exists by now).</summary>
    Task OnChatMovedAsync(IStoreTransaction transaction, long fromChatId, long toChatId, CancellationToken cancellationToken);

    Task OnChatDeactivatedAsync(IStoreTransaction transaction, long chatId, string reason, CancellationToken cancellationToken);

    /// <summary>One forum topic of the chat is closed, deleted or stopped (/stop in it): its queued rows end; the chat and its other topics are untouched.</summary>
    Task OnTopicDeactivatedAsync(IStoreTransaction transaction, ChatTarget topic, string reason, CancellationToken cancellationToken);

    /// <summary>Called before the chat's row is deleted.</summary>
    Task OnChatDeletedAsync(IStoreTransaction transaction, long chatId, CancellationToken cancellationToken);
}

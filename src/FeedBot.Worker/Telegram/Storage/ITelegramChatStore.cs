using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Telegram.Storage;

/// <summary>
/// The Telegram module's chats and subscriptions (<c>telegram_chats</c>, <c>telegram_subscriptions</c>): the only writer
/// of those tables. A change that concerns other modules' rows (a chat moved, deactivated or deleted) tells every
/// <see cref="IChatDependents"/> inside the same unit of work.
/// </summary>
public interface ITelegramChatStore
{
    /// <summary>Inserts the chat or refreshes its title, username and language; a chat that writes to the bot is active.</summary>
    Task UpsertChatAsync(ChatSeen chat, CancellationToken cancellationToken);

    Task<TelegramChat?> GetChatAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>Marks the chat active or inactive (blocked, kicked, left; its queued deliveries are cancelled); subscriptions stay.</summary>
    Task<bool> SetActiveAsync(long chatId, bool active, string? reason, CancellationToken cancellationToken);

    /// <summary>Pauses or resumes the target: the chat itself (thread 0) or one forum topic; false when the chat is unknown.</summary>
    Task<bool> SetPausedAsync(ChatTarget target, bool paused, CancellationToken cancellationToken);

    Task<bool> IsPausedAsync(ChatTarget target, CancellationToken cancellationToken);

    /// <summary>A command came from the forum topic: it exists and is open, so it is active again (a no-op for thread 0).</summary>
    Task SeeTopicAsync(ChatTarget target, CancellationToken cancellationToken);

    /// <summary>
    /// Telegram said the forum topic is closed or deleted: the topic is marked inactive with the reason and (through the
    /// dependents) its queued deliveries are cancelled; the chat and its other topics are untouched.
    /// </summary>
    Task DeactivateTopicAsync(ChatTarget target, string reason, CancellationToken cancellationToken);

    /// <summary>
    /// A group became a supergroup: the chat, its subscriptions, follows and (through its dependents) its deliveries move to
    /// <paramref name="toChatId"/>, merged into it when the bot already knows the new id. The one place a chat changes id.
    /// </summary>
    Task MigrateChatAsync(long fromChatId, long toChatId, CancellationToken cancellationToken);

    /// <summary>
    /// /stop in a forum topic: the topic's subscriptions, follows and state are deleted and (through the dependents) its
    /// queued deliveries cancelled; the chat and its other topics are untouched.
    /// </summary>
    Task StopTopicAsync(ChatTarget topic, CancellationToken cancellationToken);

    /// <summary>Deletes the chat, its subscriptions and (through its dependents) everything queued for it.</summary>
    Task<bool> DeleteChatAsync(long chatId, CancellationToken cancellationToken);

    /// <summary>True when added, false when the target (the chat or one of its topics) was already subscribed.</summary>
    Task<bool> SubscribeAsync(ChatTarget target, string sourceId, CancellationToken cancellationToken);

    Task<bool> UnsubscribeAsync(ChatTarget target, string sourceId, CancellationToken cancellationToken);

    /// <summary>Sets (or with null clears) the filter; false when the target is not subscribed to the source.</summary>
    Task<bool> SetFilterAsync(ChatTarget target, string sourceId, string? filter, CancellationToken cancellationToken);

    /// <summary>The target's own subscriptions (a topic's, or the chat's outside topics).</summary>
    Task<IReadOnlyList<TelegramSubscription>> GetSubscriptionsAsync(ChatTarget target, CancellationToken cancellationToken);

    /// <summary>A configured channel: its row (active) and exactly the configured sources, in one transaction.</summary>
    Task MaterializeChannelAsync(ChatSeen channel, IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken);

    /// <summary>The active targets (chats, open topics) subscribed to the source, read in <paramref name="transaction"/> (the outbox's view).</summary>
    Task<IReadOnlyList<Subscriber>> GetSubscribersAsync(IStoreTransaction transaction, string sourceId, CancellationToken cancellationToken);

    /// <summary>Makes sure a chat the bot may not have met (an admin) exists, in <paramref name="transaction"/>; returns its language.</summary>
    Task<string> EnsureChatAsync(IStoreTransaction transaction, long chatId, CancellationToken cancellationToken);
}

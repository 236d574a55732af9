using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Telegram.Storage;

/// <summary>
/// The Telegram module's follows (<c>telegram_follows</c>): which people of <c>FeedBot:People</c> a chat, or a forum
/// topic of it, follows. The only writer of that table (a chat's move and deletion carry its follows along in the chat store).
/// </summary>
public interface ITelegramFollowStore
{
    /// <summary>True when added, false when the target already followed the person.</summary>
    Task<bool> FollowAsync(ChatTarget target, string personId, CancellationToken cancellationToken);

    Task<bool> UnfollowAsync(ChatTarget target, string personId, CancellationToken cancellationToken);

    /// <summary>The person ids the target follows, in no particular order.</summary>
    Task<IReadOnlyList<string>> GetFollowsAsync(ChatTarget target, CancellationToken cancellationToken);

    /// <summary>The active targets following any of <paramref name="personIds"/>, read in <paramref name="transaction"/> (the outbox's view).</summary>
    Task<IReadOnlyList<Follower>> GetFollowersAsync(IStoreTransaction transaction, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken);
}

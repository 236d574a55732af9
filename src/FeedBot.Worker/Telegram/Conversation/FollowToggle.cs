using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>Follows or unfollows a person for a chat (or topic) and names what happened, for /follow, /unfollow and
/// the /follow buttons alike.</summary>
public sealed class FollowToggle(ITelegramFollowStore store)
{
    public async Task<TextKey> SetAsync(ChatTarget target, string personId, bool follow, CancellationToken cancellationToken) =>
        follow
            ? await store.FollowAsync(target, personId, cancellationToken) ? TextKey.Followed : TextKey.AlreadyFollowing
            : await store.UnfollowAsync(target, personId, cancellationToken) ? TextKey.Unfollowed : TextKey.NotFollowing;
}

using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>Subscribes or unsubscribes a chat (or topic) and names what happened, for /start, /subscribe, /unsubscribe
/// and the /start buttons alike.</summary>
public sealed class SubscriptionToggle(ITelegramChatStore store)
{
    public async Task<TextKey> SetAsync(ChatTarget target, string sourceId, bool subscribe, CancellationToken cancellationToken) =>
        subscribe
            ? await store.SubscribeAsync(target, sourceId, cancellationToken) ? TextKey.Subscribed : TextKey.AlreadySubscribed
            : await store.UnsubscribeAsync(target, sourceId, cancellationToken) ? TextKey.Unsubscribed : TextKey.NotSubscribed;
}

using FeedBot.Feeds.Storage;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Delivery's rows follow their chat, inside the chat store's unit of work: a moved chat's rows move (and are due at
/// once), a blocked chat's queued rows are cancelled (a closed or deleted topic's only its own), a deleted chat's rows are deleted.
/// </summary>
internal sealed class DeliveryChatDependents(IChatOutboxStore outbox, DeliverySignal signal, ILogger<DeliveryChatDependents> logger) : IChatDependents
{
    public async Task OnChatMovedAsync(IStoreTransaction transaction, long fromChatId, long toChatId, CancellationToken cancellationToken)
    {
        await outbox.MoveAsync(transaction, fromChatId, toChatId, cancellationToken);
        transaction.OnCommitted(signal.Notify);
    }

    public async Task OnChatDeactivatedAsync(IStoreTransaction transaction, long chatId, string reason, CancellationToken cancellationToken)
    {
        var cancelled = await outbox.CancelQueuedAsync(transaction, chatId, reason, cancellationToken);
        transaction.OnCommitted(() => logger.LogInformation("Chat {ChatId} inactive ({Reason}): {Cancelled} queued delivery(ies) cancelled", chatId, reason, cancelled));
    }

    public async Task OnTopicDeactivatedAsync(IStoreTransaction transaction, ChatTarget topic, string reason, CancellationToken cancellationToken)
    {
        var cancelled = await outbox.CancelQueuedAsync(transaction, topic, reason, cancellationToken);
        transaction.OnCommitted(() => logger.LogInformation(
            "Topic {ThreadId} of chat {ChatId} inactive ({Reason}): {Cancelled} queued delivery(ies) cancelled", topic.ThreadId, topic.ChatId, reason, cancelled));
    }

    public Task OnChatDeletedAsync(IStoreTransaction transaction, long chatId, CancellationToken cancellationToken) =>
        outbox.DeleteForChatAsync(transaction, chatId, cancellationToken);
}

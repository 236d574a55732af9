using FeedBot.Feeds.Storage;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Queues a notice for a chat in the chat's language: the chat store makes sure the chat exists (an admin the bot has
/// not met), the outbox store writes the row, both in one unit of work. The loop is woken after the commit.
/// </summary>
public sealed class OutboxNotices(IStoreDatabase database, ITelegramChatStore chats, IOutboxStore outbox, DeliverySignal signal)
{
    public async Task EnqueueAsync(ChatTarget target, Func<string, string> textFor, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        await EnqueueAsync(unit, target, textFor, cancellationToken);
        await unit.CommitAsync(cancellationToken);
    }

    public async Task EnqueueAsync(IStoreTransaction transaction, ChatTarget target, Func<string, string> textFor, CancellationToken cancellationToken)
    {
        var language = await chats.EnsureChatAsync(transaction, target.ChatId, cancellationToken);
        await outbox.AddNoticeAsync(transaction, target, textFor(language), cancellationToken);
        transaction.OnCommitted(signal.Notify);
    }
}

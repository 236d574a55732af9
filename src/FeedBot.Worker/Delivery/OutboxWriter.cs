using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Text;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Writes the outbox inside the unit of work that stores new items: one row per active target (a chat, or a forum topic
/// of it) subscribed to the source (configured channels are subscribed chats too) whose filter matches; paused targets
/// get held rows. Backfill writes
/// nothing, and edits never reach here, so an edited item is not pushed again. The delivery loop is woken once the
/// unit of work has committed, never before (it would find nothing) and never after a rollback.
/// </summary>
internal sealed class OutboxWriter(ITelegramChatStore chats, IOutboxStore outbox, DeliverySignal signal, ILogger<OutboxWriter> logger) : INewItemListener
{
    public async Task OnItemsCreatedAsync(
        IStoreTransaction transaction, string sourceId, IReadOnlyList<FeedItem> created, bool isBackfill, CancellationToken cancellationToken)
    {
        if (isBackfill || created.Count == 0)
        {
            return;
        }

        var subscribers = await chats.GetSubscribersAsync(transaction, sourceId, cancellationToken);
        var rows = Matches(subscribers, created).ToList();
        await outbox.AddItemDeliveriesAsync(transaction, rows, cancellationToken);
        logger.LogInformation(
            "Outbox: {Rows} deliveries for {Items} new item(s) of {SourceId} to {Chats} subscribed chat(s)",
            rows.Count, created.Count, sourceId, subscribers.Count);
        transaction.OnCommitted(signal.Notify);
    }

    private static IEnumerable<NewDelivery> Matches(IReadOnlyList<Subscriber> subscribers, IReadOnlyList<FeedItem> created)
    {
        foreach (var subscriber in subscribers)
        {
            var keywords = KeywordFilter.Parse(subscriber.Filter);
            foreach (var item in created.Where(i => keywords.IsEmpty || keywords.Matches(i.Title, i.Summary)))
            {
                yield return new NewDelivery(item.Id, subscriber.Target, subscriber.IsPaused);
            }
        }
    }
}

using FeedBot.Feeds.Storage;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Items a chat asked for (the "5 newest" button) become outbox rows in one unit of work, so the delivery loop sends
/// them like pushed items: one at a time per chat within its limit (1 a second in private, 20 a minute in groups, the
/// global rate shared with everything else), each retried until Telegram confirms it, in the chat's format, and
/// surviving a restart. The loop is woken after the commit.
/// </summary>
internal sealed class RequestedDeliveries(IStoreDatabase database, IOutboxStore outbox, DeliverySignal signal) : IRequestedItems
{
    public async Task<int> QueueAsync(ChatTarget target, IReadOnlyList<long> itemIds, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var added = await outbox.AddItemDeliveriesAsync(unit, [.. itemIds.Select(id => new NewDelivery(id, target, Held: false))], cancellationToken);
        unit.OnCommitted(signal.Notify);
        await unit.CommitAsync(cancellationToken);
        return added;
    }
}

using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Text;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Writes the outbox inside the unit of work that stores new items: one row per active target (a chat, or a forum topic
/// of it) subscribed to the source (configured channels are subscribed chats too) whose filter matches, and one per
/// active target following a person the item names, from any source; a target reached both ways gets one row.
/// Paused targets get held rows. Backfill writes nothing, and edits never reach here, so an edited item is not pushed
/// again; a person named only in the article text reaches followers when the article arrives (<see cref="IPeopleTaggedListener"/>).
/// The delivery loop is woken once the unit of work has committed, never before and never after a rollback.
/// </summary>
internal sealed class OutboxWriter(
    ITelegramChatStore chats, ITelegramFollowStore follows, IOutboxStore outbox, DeliverySignal signal, ILogger<OutboxWriter> logger)
    : INewItemListener, IPeopleTaggedListener
{
    public async Task OnItemsCreatedAsync(
        IStoreTransaction transaction, string sourceId, IReadOnlyList<FeedItem> created, bool isBackfill, CancellationToken cancellationToken)
    {
        if (isBackfill || created.Count == 0)
        {
            return;
        }

        var subscribers = await chats.GetSubscribersAsync(transaction, sourceId, cancellationToken);
        var followers = await FollowersAsync(transaction, created.SelectMany(i => i.PersonIds), cancellationToken);
        var rows = Matches(subscribers, created).Concat(Followed(followers, created)).DistinctBy(r => (r.ItemId, r.Target)).ToList();
        await outbox.AddItemDeliveriesAsync(transaction, rows, cancellationToken);
        logger.LogInformation(
            "Outbox: {Rows} deliveries for {Items} new item(s) of {SourceId} to {Chats} subscribed and {Followers} following target(s)",
            rows.Count, created.Count, sourceId, subscribers.Count, followers.Select(f => f.Target).Distinct().Count());
        transaction.OnCommitted(signal.Notify);
    }

    /// <summary>The article (or an edit) named people the item did not: their followers get it, once (the row is unique).</summary>
    public async Task OnPeopleTaggedAsync(
        IStoreTransaction transaction, FeedItem item, IReadOnlyList<string> added, bool isBackfill, CancellationToken cancellationToken)
    {
        if (isBackfill)
        {
            return;
        }

        var followers = await FollowersAsync(transaction, added, cancellationToken);
        var rows = Followed(followers, [item]).DistinctBy(r => r.Target).ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await outbox.AddItemDeliveriesAsync(transaction, rows, cancellationToken);
        logger.LogInformation("Outbox: item {ItemId} of {SourceId} now names {People}; offered to {Followers} following target(s)",
            item.Id, item.SourceId, string.Join(", ", added), rows.Count);
        transaction.OnCommitted(signal.Notify);
    }

    private async Task<IReadOnlyList<Follower>> FollowersAsync(IStoreTransaction transaction, IEnumerable<string> personIds, CancellationToken cancellationToken)
    {
        var ids = personIds.Distinct(StringComparer.Ordinal).ToList();
        return ids.Count == 0 ? [] : await follows.GetFollowersAsync(transaction, ids, cancellationToken);
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

    private static IEnumerable<NewDelivery> Followed(IReadOnlyList<Follower> followers, IReadOnlyList<FeedItem> items) =>
        from item in items
        from follower in followers
        where item.PersonIds.Contains(follower.PersonId, StringComparer.Ordinal)
        select new NewDelivery(item.Id, follower.Target, follower.IsPaused);
}

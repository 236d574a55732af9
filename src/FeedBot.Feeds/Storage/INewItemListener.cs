using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage;

/// <summary>
/// Runs inside the unit of work that stores new items, so that work derived from them (the Telegram outbox) is written
/// through its owner's store in the same transaction and commits or rolls back with the items themselves.
/// </summary>
public interface INewItemListener
{
    Task OnItemsCreatedAsync(IStoreTransaction transaction, string sourceId, IReadOnlyList<FeedItem> created, bool isBackfill, CancellationToken cancellationToken);
}

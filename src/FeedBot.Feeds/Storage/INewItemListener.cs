using System.Data.Common;
using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage;

/// <summary>
/// Runs inside the transaction that stores new items, so that work derived from them (the Telegram outbox)
/// commits or rolls back with the items themselves.
/// </summary>
public interface INewItemListener
{
    Task OnItemsCreatedAsync(DbConnection connection, DbTransaction transaction, string sourceId, IReadOnlyList<FeedItem> created, bool isBackfill, CancellationToken cancellationToken);
}

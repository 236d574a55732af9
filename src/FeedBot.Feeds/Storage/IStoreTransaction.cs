namespace FeedBot.Feeds.Storage;

/// <summary>
/// A unit of work on the store: every store that takes it writes its own tables in this one database transaction, so
/// that a change spanning modules (new items and their outbox rows; a chat and its deliveries) commits or rolls back
/// as a whole. Disposing without <see cref="CommitAsync"/> rolls back.
/// </summary>
public interface IStoreTransaction : IAsyncDisposable
{
    StorageProvider Provider { get; }

    Task CommitAsync(CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="action"/> once the transaction has committed (never on rollback), e.g. to wake a loop.</summary>
    void OnCommitted(Action action);
}

using System.Data.Common;

namespace FeedBot.Feeds.Storage;

/// <summary>
/// The ADO.NET unit of work both providers hand out (<see cref="IStoreDatabase.BeginAsync"/>): one open connection and
/// its transaction. Stores enlist with <see cref="Of"/>.
/// </summary>
public sealed class StoreTransaction : IStoreTransaction
{
    private readonly List<Action> _onCommitted = [];
    private bool _committed;

    private StoreTransaction(StorageProvider provider, DbConnection connection, DbTransaction transaction)
    {
        Provider = provider;
        Connection = connection;
        Transaction = transaction;
    }

    public StorageProvider Provider { get; }

    public DbConnection Connection { get; }

    public DbTransaction Transaction { get; }

    /// <summary>Begins a transaction on an open connection, which the unit of work then owns.</summary>
    public static async Task<StoreTransaction> BeginAsync(StorageProvider provider, DbConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            return new StoreTransaction(provider, connection, await connection.BeginTransactionAsync(cancellationToken));
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>The unit of work as a store sees it; anything but a <see cref="StoreTransaction"/> is a programming error.</summary>
    public static StoreTransaction Of(IStoreTransaction transaction) => transaction as StoreTransaction
        ?? throw new ArgumentException($"Expected a unit of work from IStoreDatabase.BeginAsync, got {transaction.GetType().Name}.", nameof(transaction));

    public void OnCommitted(Action action) => _onCommitted.Add(action);

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        await Transaction.CommitAsync(cancellationToken);
        _committed = true;
        foreach (var action in _onCommitted)
        {
            action();
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_committed)
        {
            _onCommitted.Clear();
        }

        await Transaction.DisposeAsync();
        await Connection.DisposeAsync();
    }
}

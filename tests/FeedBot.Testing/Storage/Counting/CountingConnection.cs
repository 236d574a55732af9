using System.Data;
using System.Data.Common;
using System.Diagnostics.CodeAnalysis;

namespace FeedBot.Testing.Storage.Counting;

/// <summary>A provider's open connection, passed through, except that its commands and transactions report to a <see cref="StoreCommandLog"/>.</summary>
internal class CountingConnection(DbConnection inner, StoreCommandLog log) : DbConnection
{
    [AllowNull]
    public override string ConnectionString
    {
        get => inner.ConnectionString;
        set => inner.ConnectionString = value;
    }

    public override string Database => inner.Database;

    public override string DataSource => inner.DataSource;

    public override string ServerVersion => inner.ServerVersion;

    public override ConnectionState State => inner.State;

    public override void ChangeDatabase(string databaseName) => inner.ChangeDatabase(databaseName);

    public override void Close() => inner.Close();

    public override void Open() => inner.Open();

    public override Task OpenAsync(CancellationToken cancellationToken) => inner.OpenAsync(cancellationToken);

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) =>
        new CountingTransaction(inner.BeginTransaction(isolationLevel), this, log);

    protected override async ValueTask<DbTransaction> BeginDbTransactionAsync(IsolationLevel isolationLevel, CancellationToken cancellationToken) =>
        new CountingTransaction(await inner.BeginTransactionAsync(isolationLevel, cancellationToken), this, log);

    protected override DbCommand CreateDbCommand() => new CountingCommand(inner.CreateCommand(), this, log);

    public override ValueTask DisposeAsync() => inner.DisposeAsync();

    protected sealed override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

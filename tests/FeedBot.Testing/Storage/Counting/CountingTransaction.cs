using System.Data;
using System.Data.Common;

namespace FeedBot.Testing.Storage.Counting;

/// <summary>A provider's transaction whose commits are logged; <see cref="Inner"/> is what the provider's commands enlist in.</summary>
internal sealed class CountingTransaction(DbTransaction inner, DbConnection connection, StoreCommandLog log) : DbTransaction
{
    public DbTransaction Inner => inner;

    public override IsolationLevel IsolationLevel => inner.IsolationLevel;

    protected override DbConnection DbConnection => connection;

    public override void Commit()
    {
        log.AddCommit();
        inner.Commit();
    }

    public override Task CommitAsync(CancellationToken cancellationToken = default)
    {
        log.AddCommit();
        return inner.CommitAsync(cancellationToken);
    }

    public override void Rollback() => inner.Rollback();

    public override Task RollbackAsync(CancellationToken cancellationToken = default) => inner.RollbackAsync(cancellationToken);

    public override ValueTask DisposeAsync() => inner.DisposeAsync();

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            inner.Dispose();
        }

        base.Dispose(disposing);
    }
}

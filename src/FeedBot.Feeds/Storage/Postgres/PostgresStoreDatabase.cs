using System.Data.Common;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FeedBot.Feeds.Storage.Postgres;

/// <summary>The configured PostgreSQL database: one pooled <see cref="NpgsqlDataSource"/> for the process.</summary>
public sealed class PostgresStoreDatabase : IStoreDatabase, IAsyncDisposable
{
    private readonly NpgsqlDataSource _dataSource;

    public PostgresStoreDatabase(IOptions<StorageOptions> options)
    {
        var builder = new NpgsqlConnectionStringBuilder(options.Value.Postgres.ConnectionString);
        Description = $"PostgreSQL database {builder.Database ?? builder.Username} on {builder.Host}:{builder.Port}";
        _dataSource = NpgsqlDataSource.Create(builder);
    }

    public StorageProvider Provider => StorageProvider.Postgres;

    public string Description { get; }

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken) =>
        await _dataSource.OpenConnectionAsync(cancellationToken);

    /// <summary>READ COMMITTED, PostgreSQL's default; statements that must not race take row locks or use upserts.</summary>
    public async Task<IStoreTransaction> BeginAsync(CancellationToken cancellationToken) =>
        await StoreTransaction.BeginAsync(Provider, await OpenAsync(cancellationToken), cancellationToken);

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();
}

using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Storage.Sqlite;

/// <summary>Opens pooled connections to the configured SQLite file with the pragmas every connection needs.</summary>
public sealed class SqliteStoreDatabase : IStoreDatabase
{
    private readonly string _connectionString;

    public SqliteStoreDatabase(IOptions<StorageOptions> options)
    {
        DatabasePath = System.IO.Path.GetFullPath(options.Value.Sqlite.Path, Environment.CurrentDirectory);
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Cache = SqliteCacheMode.Private,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    public string DatabasePath { get; }

    public StorageProvider Provider => StorageProvider.Sqlite;

    public string Description => DatabasePath;

    public async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var directory = System.IO.Path.GetDirectoryName(DatabasePath);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout = 10000; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";
        await pragma.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    /// <summary>An IMMEDIATE transaction (Microsoft.Data.Sqlite's default): the write lock is taken at once, never upgraded later.</summary>
    public async Task<IStoreTransaction> BeginAsync(CancellationToken cancellationToken) =>
        await StoreTransaction.BeginAsync(Provider, await OpenAsync(cancellationToken), cancellationToken);
}

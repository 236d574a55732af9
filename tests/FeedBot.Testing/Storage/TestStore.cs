using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Storage;
using FeedBot.Testing.Postgres;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FeedBot.Testing.Storage;

/// <summary>
/// An empty store for one test on either provider: a temporary SQLite file, or a fresh database on the test PostgreSQL
/// server (<see cref="PostgresServer"/>). <see cref="Settings"/> point a host at it; the query helpers read and seed it
/// directly (SQL both providers accept). Deleted or dropped on dispose unless <see cref="Keep"/> is set.
/// </summary>
public sealed class TestStore : IAsyncDisposable
{
    private readonly PostgresDatabase? _postgres;

    private TestStore(StorageProvider provider, string? sqlitePath, PostgresDatabase? postgres)
    {
        Provider = provider;
        SqlitePath = sqlitePath;
        _postgres = postgres;
    }

    public StorageProvider Provider { get; }

    /// <summary>The SQLite file (null on PostgreSQL).</summary>
    public string? SqlitePath { get; }

    /// <summary>The PostgreSQL connection string (null on SQLite).</summary>
    public string? PostgresConnectionString => _postgres?.ConnectionString;

    /// <summary>When true, disposing leaves the data for a following host.</summary>
    public bool Keep { get; set; }

    public static async Task<TestStore> CreateAsync(StorageProvider provider) => provider switch
    {
        StorageProvider.Postgres => new TestStore(provider, null, await PostgresServer.CreateDatabaseAsync()),
        _ => new TestStore(provider, Path.Combine(Path.GetTempPath(), $"feedbot-test-{Guid.NewGuid():N}.db"), null),
    };

    /// <summary>An existing (or future) SQLite file, e.g. one a test host creates; deleted on dispose unless <see cref="Keep"/>.</summary>
    public static TestStore ForSqliteFile(string path) => new(StorageProvider.Sqlite, path, null);

    /// <summary>Configuration keys selecting this store.</summary>
    public IReadOnlyDictionary<string, string?> Settings => Provider == StorageProvider.Postgres
        ? new Dictionary<string, string?> { ["FeedBot:Storage:Provider"] = "Postgres", ["FeedBot:Storage:Postgres:ConnectionString"] = PostgresConnectionString }
        : new Dictionary<string, string?> { ["FeedBot:Storage:Provider"] = "Sqlite", ["FeedBot:Storage:Sqlite:Path"] = SqlitePath };

    /// <summary>The same settings as environment variables, for a worker process.</summary>
    public IReadOnlyDictionary<string, string> Environment =>
        Settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value ?? "");

    /// <summary>True once the schema exists (the host's migrations ran).</summary>
    public async Task<bool> HasTableAsync(string table)
    {
        if (Provider == StorageProvider.Sqlite && !File.Exists(SqlitePath))
        {
            return false;
        }

        var sql = Provider == StorageProvider.Postgres
            ? "SELECT COUNT(*) FROM pg_tables WHERE schemaname = 'public' AND tablename = @table"
            : "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = @table";
        return await ScalarAsync(sql, new { table }) > 0;
    }

    public async Task<DbConnection> OpenAsync()
    {
        DbConnection connection = Provider == StorageProvider.Postgres
            ? new NpgsqlConnection(PostgresConnectionString)
            : new SqliteConnection($"Data Source={SqlitePath};Pooling=False");
        await connection.OpenAsync();
        return connection;
    }

    public async Task<long> ScalarAsync(string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync();
        return Convert.ToInt64(await connection.ExecuteScalarAsync(sql, parameters), System.Globalization.CultureInfo.InvariantCulture);
    }

    public async Task<string?> TextAsync(string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync();
        return await connection.ExecuteScalarAsync<string?>(sql, parameters);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync();
        return (await connection.QueryAsync<T>(sql, parameters)).AsList();
    }

    /// <summary>Runs <paramref name="sql"/> (once per element when <paramref name="parameters"/> is a list) in one transaction.</summary>
    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(sql, parameters, transaction);
        await transaction.CommitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Keep)
        {
            return;
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
            return;
        }

        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(SqlitePath + suffix);
        }
    }
}

using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Tests.Telegram.Storage;

/// <summary>A migrated SQLite file in the temp folder, deleted on dispose.</summary>
public sealed class TempDatabase : IAsyncDisposable
{
    private TempDatabase(SqliteConnectionFactory connections)
    {
        Connections = connections;
    }

    public SqliteConnectionFactory Connections { get; }

    public static async Task<TempDatabase> CreateAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"feedbot-telegram-test-{Guid.NewGuid():N}.db");
        var connections = new SqliteConnectionFactory(Options.Create(new StorageOptions { Sqlite = new SqliteStorageOptions { Path = path } }));
        await new SqliteMigrator(connections, NullLogger<SqliteMigrator>.Instance).MigrateAsync(default);
        return new TempDatabase(connections);
    }

    public ValueTask DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Connections.DatabasePath + suffix);
        }

        return ValueTask.CompletedTask;
    }
}

using Dapper;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>A migrated database with the source's first item already backfilled and <c>N</c> subscribed private chats.</summary>
internal sealed class FanOutDatabase
{
    private FanOutDatabase(string path) => Path = path;

    public string Path { get; }

    public static async Task<FanOutDatabase> CreateAsync(int chats)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"feedbot-bench-{Guid.NewGuid():N}.db");
        var connections = new SqliteConnectionFactory(Options.Create(new StorageOptions { Sqlite = { Path = path } }));
        await new SqliteMigrator(connections, NullLogger<SqliteMigrator>.Instance).MigrateAsync(CancellationToken.None);
        var items = new SqliteItemStore(connections, new ItemChangeTracker(), TimeProvider.System, []);
        var old = new ScrapedItem("bai-cu", "https://moh.gov.vn/content/bai-cu", "Bài cũ", null, null, DateTimeOffset.UtcNow);
        await items.SaveListingAsync("moh-leadership", [old], isBackfill: true, CancellationToken.None);
        await using var connection = await connections.OpenAsync(CancellationToken.None);
        await using var transaction = await connection.BeginTransactionAsync();
        await connection.ExecuteAsync(
            """
            INSERT INTO telegram_chats (chat_id, chat_type, created_utc, updated_utc) VALUES (@id, 'private', 0, 0);
            INSERT INTO telegram_subscriptions (chat_id, source_id, created_utc) VALUES (@id, 'moh-leadership', 0);
            """,
            Enumerable.Range(1, chats).Select(id => new { id }).ToList(), transaction);
        await transaction.CommitAsync();
        return new FanOutDatabase(path);
    }

    public void Delete()
    {
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(Path + suffix);
        }
    }
}

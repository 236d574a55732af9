using Dapper;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using System.Reflection;
using FeedBot.Feeds;
using FeedBot.Feeds.Storage.Migrations;
using FeedBot.Testing.Processes;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>A migrated database with the source's first item already backfilled and <c>N</c> subscribed private chats.</summary>
internal sealed class FanOutDatabase
{
    private FanOutDatabase(string path) => Path = path;

    public string Path { get; }

    public static async Task<FanOutDatabase> CreateAsync(int chats)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"feedbot-bench-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FeedBot:Storage:Sqlite:Path"] = path }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddFeedBotFeeds();
        // The Telegram and delivery schemas are the worker's (the bench runs that assembly as a process, not referenced).
        var worker = Assembly.LoadFrom(WorkerProcess.LocateWorkerDll());
        services.AddMigrations(new MigrationSet("telegram", 2, worker, "FeedBot.Worker.Telegram.Storage"));
        services.AddMigrations(new MigrationSet("delivery", 3, worker, "FeedBot.Worker.Delivery.Storage"));
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IStoreMigrator>().MigrateAsync(CancellationToken.None);
        var old = new ScrapedItem("bai-cu", "https://moh.gov.vn/content/bai-cu", "Bài cũ", null, null, DateTimeOffset.UtcNow);
        await provider.GetRequiredService<IItemStore>().SaveListingAsync("moh-leadership", [old], isBackfill: true, CancellationToken.None);
        await using var connection = await provider.GetRequiredService<IStoreDatabase>().OpenAsync(CancellationToken.None);
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

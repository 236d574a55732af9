using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using System.Reflection;
using FeedBot.Feeds;
using FeedBot.Feeds.Storage.Migrations;
using FeedBot.Testing.Processes;
using FeedBot.Testing.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>
/// A migrated store (SQLite, or a fresh PostgreSQL database for a cluster) with the source's first item already
/// backfilled and <c>N</c> subscribed private chats.
/// </summary>
public sealed class FanOutDatabase : IAsyncDisposable
{
    private FanOutDatabase(TestStore store) => Store = store;

    public TestStore Store { get; }

    /// <summary>The worker's environment variables selecting this store.</summary>
    public IReadOnlyDictionary<string, string> Environment => Store.Environment;

    public static async Task<FanOutDatabase> CreateAsync(int chats, StorageProvider kind = StorageProvider.Sqlite)
    {
        var store = await TestStore.CreateAsync(kind);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(store.Settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddFeedBotFeeds();
        // The Telegram and delivery schemas are the worker's (the bench runs that assembly as a process, not referenced).
        var worker = Assembly.LoadFrom(WorkerProcess.LocateWorkerDll());
        services.AddMigrations(new MigrationSet("telegram", 2, worker, "FeedBot.Worker.Telegram.Storage", []));
        services.AddMigrations(new MigrationSet("delivery", 3, worker, "FeedBot.Worker.Delivery.Storage", []));
        await using var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IStoreMigrator>().MigrateAsync(CancellationToken.None);
        var old = new ScrapedItem("bai-cu", "https://moh.gov.vn/content/bai-cu", "Bài cũ", null, null, DateTimeOffset.UtcNow);
        await provider.GetRequiredService<IItemStore>().SaveListingAsync("moh-leadership", [old], isBackfill: true, CancellationToken.None);
        await store.ExecuteAsync(
            """
            INSERT INTO telegram_chats (chat_id, chat_type, created_utc, updated_utc) VALUES (@id, 'private', 0, 0);
            INSERT INTO telegram_subscriptions (chat_id, source_id, created_utc) VALUES (@id, 'moh-leadership', 0);
            """,
            Enumerable.Range(1, chats).Select(id => new { id }).ToList());
        return new FanOutDatabase(store);
    }

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}

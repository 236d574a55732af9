using FeedBot.Worker.Telegram.Storage;
using Dapper;
using FeedBot.Feeds;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Sqlite;
using FeedBot.Testing;
using FeedBot.Worker.Delivery;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>
/// The library's and delivery's real registrations on a temporary, migrated SQLite file with a manual clock,
/// without the hosted loop: for the outbox stores and the writer through the item store.
/// </summary>
public sealed class DeliveryTestHost : IAsyncDisposable
{
    private readonly bool _ownsDatabase;

    private DeliveryTestHost(ServiceProvider services, string databasePath, ManualClock clock, bool ownsDatabase)
    {
        _ownsDatabase = ownsDatabase;
        Services = services;
        DatabasePath = databasePath;
        Clock = clock;
    }

    public ServiceProvider Services { get; }

    public string DatabasePath { get; }

    public ManualClock Clock { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <param name="databasePath">A database to prepare and keep (e.g. for a worker process); by default a temporary one.</param>
    public static async Task<DeliveryTestHost> StartAsync(IDictionary<string, string?>? overrides = null, string? databasePath = null)
    {
        var ownsDatabase = databasePath is null;
        databasePath ??= Path.Combine(Path.GetTempPath(), $"feedbot-delivery-test-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FeedBot:Storage:Sqlite:Path"] = databasePath })
            .Build();
        var clock = new ManualClock(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddSingleton<TimeProvider>(clock);
        services.AddFeedBotFeeds();
        services.AddFeedBotDelivery();
        services.AddSingleton<TelegramChatStore>();
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<SqliteMigrator>().MigrateAsync(CancellationToken.None);
        return new DeliveryTestHost(provider, databasePath, clock, ownsDatabase);
    }

    public async Task AddChatAsync(long chatId, string type = "private", bool paused = false, bool active = true, string language = "vi")
    {
        await ExecuteAsync(
            """
            INSERT INTO telegram_chats (chat_id, chat_type, language, is_active, is_paused, created_utc, updated_utc)
            VALUES (@chatId, @type, @language, @active, @paused, 0, 0)
            """,
            new { chatId, type, language, active, paused });
    }

    public Task SubscribeAsync(long chatId, string sourceId, string? filter = null) => ExecuteAsync(
        "INSERT INTO telegram_subscriptions (chat_id, source_id, filter, created_utc) VALUES (@chatId, @sourceId, @filter, 0)",
        new { chatId, sourceId, filter });

    /// <summary>Stores items through the real item store, so the outbox writer runs in its transaction.</summary>
    public Task<SaveResult> SaveAsync(string sourceId, bool isBackfill, params ScrapedItem[] items) =>
        Get<IItemStore>().SaveListingAsync(sourceId, items, isBackfill, CancellationToken.None);

    public static ScrapedItem Item(string key, string title, int day = 1, string? summary = null) =>
        new(key, $"https://moh.gov.vn/content/{key}", title, summary ?? $"Tóm tắt {title}", null,
            new DateTimeOffset(2025, 6, day, 8, 0, 0, TimeSpan.Zero));

    public async Task<long> ScalarAsync(string sql, object? parameters = null)
    {
        await using var connection = await Get<SqliteConnectionFactory>().OpenAsync(CancellationToken.None);
        return await connection.ExecuteScalarAsync<long>(sql, parameters);
    }

    public async Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null)
    {
        await using var connection = await Get<SqliteConnectionFactory>().OpenAsync(CancellationToken.None);
        return (await connection.QueryAsync<T>(sql, parameters)).AsList();
    }

    public async Task ExecuteAsync(string sql, object? parameters = null)
    {
        await using var connection = await Get<SqliteConnectionFactory>().OpenAsync(CancellationToken.None);
        await connection.ExecuteAsync(sql, parameters);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in _ownsDatabase ? ["", "-wal", "-shm"] : Array.Empty<string>())
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}

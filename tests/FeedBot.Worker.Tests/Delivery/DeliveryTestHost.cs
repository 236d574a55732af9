using FeedBot.Feeds;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Migrations;
using FeedBot.Testing;
using FeedBot.Testing.Storage;
using FeedBot.Worker.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>
/// The library's and delivery's real registrations (delivery brings the Telegram module's storage) on a fresh,
/// migrated store of either provider with a manual clock, without the hosted loop: for the stores and the outbox writer.
/// </summary>
public sealed class DeliveryTestHost : IAsyncDisposable
{
    private readonly bool _ownsStore;

    private DeliveryTestHost(ServiceProvider services, TestStore store, ManualClock clock, bool ownsStore)
    {
        _ownsStore = ownsStore;
        Services = services;
        Store = store;
        Clock = clock;
    }

    public ServiceProvider Services { get; }

    /// <summary>The database under the host, for direct reads and seeding.</summary>
    public TestStore Store { get; }

    public ManualClock Clock { get; }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <param name="services">Registrations after the real ones (e.g. another <see cref="INewItemListener"/>).</param>
    public static async Task<DeliveryTestHost> StartAsync(
        StorageProvider provider = StorageProvider.Sqlite, IDictionary<string, string?>? overrides = null, Action<IServiceCollection>? services = null) =>
        await StartAsync(await TestStore.CreateAsync(provider), ownsStore: true, overrides, services);

    /// <summary>A host on an existing store (e.g. one a worker process will use), which it leaves in place.</summary>
    public static Task<DeliveryTestHost> StartOnAsync(TestStore store, IDictionary<string, string?>? overrides = null) =>
        StartAsync(store, ownsStore: false, overrides, null);

    private static async Task<DeliveryTestHost> StartAsync(
        TestStore store, bool ownsStore, IDictionary<string, string?>? overrides, Action<IServiceCollection>? configure)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .AddInMemoryCollection(store.Settings)
            .Build();
        var clock = new ManualClock(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging()
            .AddMetrics()
            .AddSingleton<TimeProvider>(clock);
        services.AddFeedBotFeeds();
        services.AddFeedBotDelivery();
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider();
        await provider.GetRequiredService<IStoreMigrator>().MigrateAsync(CancellationToken.None);
        return new DeliveryTestHost(provider, store, clock, ownsStore);
    }

    public Task AddChatAsync(long chatId, string type = "private", bool paused = false, bool active = true, string language = "vi") =>
        Store.ExecuteAsync(
            """
            INSERT INTO telegram_chats (chat_id, chat_type, language, is_active, is_paused, created_utc, updated_utc)
            VALUES (@chatId, @type, @language, @active, @paused, 0, 0)
            """,
            new { chatId, type, language, active, paused });

    public Task SubscribeAsync(long chatId, string sourceId, string? filter = null) => Store.ExecuteAsync(
        "INSERT INTO telegram_subscriptions (chat_id, source_id, filter, created_utc) VALUES (@chatId, @sourceId, @filter, 0)",
        new { chatId, sourceId, filter });

    /// <summary>Stores items through the real item store, so the outbox writer runs in its unit of work.</summary>
    public Task<SaveResult> SaveAsync(string sourceId, bool isBackfill, params ScrapedItem[] items) =>
        Get<IItemStore>().SaveListingAsync(sourceId, items, isBackfill, CancellationToken.None);

    public static ScrapedItem Item(string key, string title, int day = 1, string? summary = null) =>
        new(key, $"https://moh.gov.vn/content/{key}", title, summary ?? $"Tóm tắt {title}", null,
            new DateTimeOffset(2025, 6, day, 8, 0, 0, TimeSpan.Zero));

    public Task<long> ScalarAsync(string sql, object? parameters = null) => Store.ScalarAsync(sql, parameters);

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql, object? parameters = null) => Store.QueryAsync<T>(sql, parameters);

    public Task ExecuteAsync(string sql, object? parameters = null) => Store.ExecuteAsync(sql, parameters);

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsStore)
        {
            await Store.DisposeAsync();
        }
    }
}

using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Migrations;
using FeedBot.Testing;
using FeedBot.Testing.Logging;
using FeedBot.Testing.Storage.Counting;
using FeedBot.Testing.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Tests;

/// <summary>
/// The library's real registration over the shipped appsettings.json plus overrides, on a temporary store (SQLite by default, or PostgreSQL).
/// </summary>
public sealed class FeedsTestHost : IAsyncDisposable
{
    private readonly bool _ownsStore;

    private FeedsTestHost(ServiceProvider services, TestStore store, bool ownsStore)
    {
        Services = services;
        Store = store;
        _ownsStore = ownsStore;
    }

    public ServiceProvider Services { get; }

    /// <summary>The database under the host (SQLite or PostgreSQL).</summary>
    public TestStore Store { get; }

    public SourceOptions Source(string id = "moh-leadership") =>
        Services.GetRequiredService<IOptions<SourcesOptions>>().Value.Find(id)!;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <param name="logs">When given, receives the host's log entries (see <see cref="CapturingLoggerProvider"/>).</param>
    /// <param name="services">Registrations after the library's (e.g. <see cref="CountingStoreDatabase.Decorate"/>).</param>
    public static async Task<FeedsTestHost> StartAsync(
        IDictionary<string, string?> overrides, ManualClock? clock = null, CapturingLoggerProvider? logs = null,
        StorageProvider provider = StorageProvider.Sqlite, INewItemListener? listener = null, IPeopleTaggedListener? taggedListener = null,
        Action<IServiceCollection>? services = null) =>
        await StartAsync(await TestStore.CreateAsync(provider), ownsStore: true, overrides, clock, logs, listener, taggedListener, services);

    /// <summary>A host on an existing store (e.g. a second instance on the same database), which it leaves in place.</summary>
    public static Task<FeedsTestHost> StartOnAsync(TestStore store, IDictionary<string, string?> overrides, ManualClock? clock = null) =>
        StartAsync(store, ownsStore: false, overrides, clock, null, null, null, null);

    private static async Task<FeedsTestHost> StartAsync(
        TestStore store, bool ownsStore, IDictionary<string, string?> overrides, ManualClock? clock, CapturingLoggerProvider? logs,
        INewItemListener? listener, IPeopleTaggedListener? taggedListener, Action<IServiceCollection>? configure)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(overrides)
            .AddInMemoryCollection(store.Settings)
            .Build();
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddLogging(logging =>
            {
                if (logs is not null)
                {
                    logging.AddProvider(logs);
                }
            });
        if (clock is not null)
        {
            services.AddSingleton<TimeProvider>(clock);
        }

        if (listener is not null)
        {
            services.AddSingleton(listener);
        }

        if (taggedListener is not null)
        {
            services.AddSingleton(taggedListener);
        }

        services.AddMetrics();
        services.AddFeedBotFeeds();
        configure?.Invoke(services);
        var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await built.GetRequiredService<IStoreMigrator>().MigrateAsync(CancellationToken.None);
        return new FeedsTestHost(built, store, ownsStore);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_ownsStore)
        {
            await Store.DisposeAsync();
        }
    }
}

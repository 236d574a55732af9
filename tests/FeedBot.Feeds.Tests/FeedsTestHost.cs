using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage.Sqlite;
using FeedBot.Testing;
using FeedBot.Testing.Logging;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Tests;

/// <summary>
/// The library's real registration over the shipped appsettings.json plus overrides, on a temporary SQLite file.
/// </summary>
public sealed class FeedsTestHost : IAsyncDisposable
{
    private FeedsTestHost(ServiceProvider services, string databasePath)
    {
        Services = services;
        DatabasePath = databasePath;
    }

    public ServiceProvider Services { get; }

    public string DatabasePath { get; }

    public SourceOptions Source(string id = "moh-leadership") =>
        Services.GetRequiredService<IOptions<SourcesOptions>>().Value.Find(id)!;

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    /// <param name="logs">When given, receives the host's log entries (see <see cref="CapturingLoggerProvider"/>).</param>
    public static async Task<FeedsTestHost> StartAsync(
        IDictionary<string, string?> overrides, ManualClock? clock = null, CapturingLoggerProvider? logs = null)
    {
        var databasePath = Path.Combine(Path.GetTempPath(), $"feedbot-feeds-test-{Guid.NewGuid():N}.db");
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json"))
            .AddInMemoryCollection(overrides)
            .AddInMemoryCollection(new Dictionary<string, string?> { ["FeedBot:Storage:Sqlite:Path"] = databasePath })
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

        services.AddFeedBotFeeds();
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        await provider.GetRequiredService<SqliteMigrator>().MigrateAsync(CancellationToken.None);
        return new FeedsTestHost(provider, databasePath);
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        SqliteConnection.ClearAllPools();
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(DatabasePath + suffix);
        }
    }
}

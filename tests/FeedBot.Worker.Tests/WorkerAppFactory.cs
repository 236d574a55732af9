using System.Data.Common;
using FeedBot.Testing.Logging;
using FeedBot.Testing.Storage;
using FeedBot.Worker;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Tests;

/// <summary>
/// The real worker host (Program) on a temporary SQLite file (or a given <see cref="TestStore"/>), with configuration overrides.
/// The shipped appsettings.json is the base, so tests run against the configuration operators get.
/// </summary>
public sealed class WorkerAppFactory(IDictionary<string, string?> settings) : WebApplicationFactory<Program>
{
    /// <summary>Set it to a previous factory's path (with <see cref="KeepDatabase"/> there) to restart on the same file.</summary>
    public string DatabasePath { get; init; } = Path.Combine(Path.GetTempPath(), $"feedbot-test-{Guid.NewGuid():N}.db");

    /// <summary>When true, disposing leaves the database file for a following factory.</summary>
    public bool KeepDatabase { get; init; }

    /// <summary>When set, the host runs on this store (either provider) instead of <see cref="DatabasePath"/>, and leaves it in place.</summary>
    public TestStore? Store { get; init; }

    /// <summary>The database the host runs on, for direct reads.</summary>
    public TestStore Database => Store ?? (_sqlite ??= TestStore.ForSqliteFile(DatabasePath));

    private TestStore? _sqlite;

    /// <summary>When set, receives every log entry of the host, from Trace up.</summary>
    public CapturingLoggerProvider? Logs { get; init; }

    /// <summary>Service overrides applied after the worker's own registrations (e.g. a ManualClock for one service).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in Database.Settings)
        {
            builder.UseSetting(key, value);
        }

        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            if (Logs is not null)
            {
                services.AddLogging(logging => logging.AddProvider(Logs).AddFilter<CapturingLoggerProvider>(null, LogLevel.Trace));
            }

            TestServices?.Invoke(services);
        });
    }

    /// <summary>
    /// Builds and starts the worker (the same <c>AddFeedBotWorker</c>/<c>MapFeedBotEndpoints</c> as Program) on the test's
    /// thread and returns what start-up threw, or null. Unlike <c>Server</c>, a fast start-up failure cannot race
    /// WebApplicationFactory's deferred host (which then reports ObjectDisposedException instead of the real error).
    /// </summary>
    public static async Task<Exception?> StartupFailureAsync(IDictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        var all = new Dictionary<string, string?>
        {
            ["FeedBot:Storage:Sqlite:Path"] = Path.Combine(Path.GetTempPath(), $"feedbot-test-{Guid.NewGuid():N}.db"),
            ["urls"] = "http://127.0.0.1:0",
        };
        foreach (var (key, value) in settings)
        {
            all[key] = value;
        }

        builder.Configuration.AddInMemoryCollection(all);
        builder.AddFeedBotWorker();
        await using var app = builder.Build();
        app.MapFeedBotEndpoints();
        var failure = await Record.ExceptionAsync(() => app.StartAsync());
        if (failure is null)
        {
            await app.StopAsync();
        }

        return failure;
    }

    /// <summary>
    /// The one way a test starts the worker expecting start-up validation to fail: <see cref="StartupFailureAsync"/>,
    /// asserting that it failed with an <see cref="OptionsValidationException"/>, which is returned for its message.
    /// </summary>
    public static async Task<OptionsValidationException> StartupValidationFailureAsync(IDictionary<string, string?> settings)
    {
        var failure = await StartupFailureAsync(settings);
        return Assert.IsAssignableFrom<OptionsValidationException>(failure);
    }

    public Task<long> ScalarAsync(string sql) => Database.ScalarAsync(sql);

    public Task<string?> TextAsync(string sql) => Database.TextAsync(sql);

    /// <summary>Waits (at most 20 s) until the polls table holds at least <paramref name="count"/> rows.</summary>
    public async Task WaitForPollsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if (await TryCountPollsAsync() >= count)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"Fewer than {count} polls were recorded within 20 s ({Database.Provider} {Database.SqlitePath}: {await DescribeAsync()}).");
    }

    private async Task<string> DescribeAsync()
    {
        try
        {
            return $"{await ScalarAsync("SELECT COUNT(*) FROM polls")} polls, {await ScalarAsync("SELECT COUNT(*) FROM items")} items";
        }
        catch (DbException ex)
        {
            return ex.Message;
        }
    }

    private async Task<long> TryCountPollsAsync()
    {
        try
        {
            return await Database.HasTableAsync("polls") ? await ScalarAsync("SELECT COUNT(*) FROM polls") : 0;
        }
        catch (DbException)
        {
            return 0;
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (Store is null && !KeepDatabase)
        {
            Database.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }
}

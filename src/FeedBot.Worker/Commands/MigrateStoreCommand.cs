using System.Data.Common;
using FeedBot.Feeds;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Migrations;
using FeedBot.Feeds.Storage.Postgres;
using FeedBot.Feeds.Storage.Sqlite;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Hosting;
using Microsoft.Extensions.Options;
using Npgsql;

namespace FeedBot.Worker.Commands;

/// <summary>
/// <c>migrate-store --to "&lt;PostgreSQL connection string&gt;" [--from &lt;SQLite file&gt;]</c>: brings the SQLite store
/// (<c>FeedBot:Storage:Sqlite:Path</c> unless <c>--from</c>) and the PostgreSQL database to the current schema, refuses a
/// database that already holds data, copies every module's tables in one transaction, and prints the rows per table.
/// Exits 1 when refused or the copy fails (nothing is kept then), 2 on bad usage.
/// </summary>
internal static class MigrateStoreCommand
{
    public const string Usage = "usage: migrate-store --to \"Host=...;Database=...;Username=...;Password=...\" [--from <SQLite file>]";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "migrate-store";

    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, IDictionary<string, string?>? overrides = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (!MigrateStoreArguments.TryParse(args, out var parsed, out var usageError))
        {
            await stderr.WriteLineAsync($"{usageError}\n{Usage}");
            return 2;
        }

        using var host = BuildHost(parsed, overrides);
        var sqlite = new SqliteStoreDatabase(Options.Create(host.Services.GetRequiredService<IOptions<StorageOptions>>().Value));
        if (!File.Exists(sqlite.DatabasePath))
        {
            await stderr.WriteLineAsync($"migrate-store: there is no SQLite store at {sqlite.DatabasePath} (set FeedBot:Storage:Sqlite:Path or --from).");
            return 2;
        }

        var target = BuildTarget(parsed.To, host.Services, out var targetError);
        if (target is null)
        {
            await stderr.WriteLineAsync($"migrate-store: {targetError}\n{Usage}");
            return 2;
        }

        await using (target)
        {
            return await CopyAsync(host.Services, sqlite, target, stdout, stderr);
        }
    }

    private static async Task<int> CopyAsync(IServiceProvider services, SqliteStoreDatabase sqlite, PostgresStoreDatabase target, TextWriter stdout, TextWriter stderr)
    {
        var plan = services.GetRequiredService<MigrationPlan>();
        var logs = services.GetRequiredService<ILoggerFactory>();
        try
        {
            await new SqliteStoreMigrator(sqlite, plan, logs.CreateLogger<SqliteStoreMigrator>()).MigrateAsync(CancellationToken.None);
            await new PostgresStoreMigrator(target, plan, logs.CreateLogger<PostgresStoreMigrator>()).MigrateAsync(CancellationToken.None);
            var copier = new StoreCopier(plan);
            await using var to = (NpgsqlConnection)await target.OpenAsync(CancellationToken.None);
            var nonEmpty = await copier.NonEmptyTablesAsync(to, CancellationToken.None);
            if (nonEmpty.Count > 0)
            {
                await stderr.WriteLineAsync($"migrate-store: refused: {target.Description} is not empty (rows in {string.Join(", ", nonEmpty)}); copy only into a new, empty database.");
                return 1;
            }

            await using var from = await sqlite.OpenAsync(CancellationToken.None);
            var copied = await copier.CopyAsync(from, to, CancellationToken.None);
            await stdout.WriteAsync(Report(sqlite.DatabasePath, target.Description, copied));
            return 0;
        }
        catch (DbException ex)
        {
            await stderr.WriteLineAsync($"migrate-store: failed, nothing was copied: {ex.Message}");
            return 1;
        }
    }

    private static string Report(string from, string to, IReadOnlyList<(string Table, long Rows)> copied)
    {
        var width = copied.Max(c => c.Table.Length);
        var lines = copied.Select(c => $"  {c.Table.PadRight(width)}  {c.Rows,8}");
        return $"Copied {from} to {to}:\n{string.Join('\n', lines)}\n  {"total".PadRight(width)}  {copied.Sum(c => c.Rows),8}\n";
    }

    private static PostgresStoreDatabase? BuildTarget(string connectionString, IServiceProvider services, out string? error)
    {
        var options = new StorageOptions { Provider = nameof(StorageProvider.Postgres), Postgres = { ConnectionString = connectionString } };
        var result = services.GetRequiredService<IEnumerable<IValidateOptions<StorageOptions>>>()
            .Select(v => v.Validate(Options.DefaultName, options)).FirstOrDefault(r => r.Failed);
        error = result?.FailureMessage?.Replace("FeedBot:Storage:Postgres:ConnectionString", "--to", StringComparison.Ordinal);
        return result is null ? new PostgresStoreDatabase(Options.Create(options)) : null;
    }

    private static IHost BuildHost(MigrateStoreArguments parsed, IDictionary<string, string?>? overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        AppSettingsLocator.Apply(builder.Configuration, builder.Environment);
        builder.Configuration.AddInMemoryCollection(overrides ?? new Dictionary<string, string?>());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FeedBot:Storage:Provider"] = nameof(StorageProvider.Sqlite),
            ["FeedBot:Storage:Sqlite:Path"] = parsed.From ?? builder.Configuration["FeedBot:Storage:Sqlite:Path"] ?? new SqliteStorageOptions().Path,
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter((category, level) => level >= LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddFeedBotFeeds();
        builder.Services.AddDeliveryStorage();
        return builder.Build();
    }
}

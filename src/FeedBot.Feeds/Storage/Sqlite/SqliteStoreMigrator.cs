using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Storage.Migrations;
using Microsoft.Extensions.Logging;

namespace FeedBot.Feeds.Storage.Sqlite;

/// <summary>
/// Applies each module's SQLite scripts not applied yet, each in its own transaction, tracked per module in
/// <c>schema_migrations</c>; switches the file to WAL. A file from before modules owned their schemas (one
/// <c>schema_version</c> list) is first carried over in place: <see cref="LegacyVersions"/> says which module's script
/// each old version was.
/// </summary>
public sealed class SqliteStoreMigrator(SqliteStoreDatabase database, MigrationPlan plan, ILogger<SqliteStoreMigrator> logger) : IStoreMigrator
{
    /// <summary>The old single list: 0001_items, 0002_telegram, 0003_deliveries, 0004 (the feeds' poll state).</summary>
    public static readonly IReadOnlyDictionary<int, (string Module, int Version)> LegacyVersions = new Dictionary<int, (string, int)>
    {
        [1] = ("feeds", 1),
        [2] = ("telegram", 1),
        [3] = ("delivery", 1),
        [4] = ("feeds", 3),
    };

    public async Task<IReadOnlyList<MigrationScript>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        await connection.ExecuteAsync(
            $"CREATE TABLE IF NOT EXISTS {MigrationPlan.TrackingTable} (module TEXT NOT NULL, version INTEGER NOT NULL, name TEXT NOT NULL, applied_utc TEXT NOT NULL, PRIMARY KEY (module, version));");
        await CarryOverLegacyAsync(connection, cancellationToken);
        var applied = (await connection.QueryAsync<(string Module, long Version)>($"SELECT module, version FROM {MigrationPlan.TrackingTable}"))
            .Select(a => (a.Module, (int)a.Version)).ToHashSet();
        var pending = plan.Pending(StorageProvider.Sqlite, applied);
        foreach (var script in pending)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(script.Sql, transaction: transaction);
            await RecordAsync(connection, transaction, script.Module, script.Version, script.Name);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied {Module} schema migration {Version} ({Name}) to {Path}", script.Module, script.Version, script.Name, database.Description);
        }

        return pending;
    }

    private async Task CarryOverLegacyAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        if (await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'") == 0)
        {
            return;
        }

        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var old = await connection.QueryAsync<long>("SELECT version FROM schema_version ORDER BY version", transaction: transaction);
        foreach (var version in old)
        {
            var (module, moduleVersion) = LegacyVersions.TryGetValue((int)version, out var target)
                ? target
                : throw new InvalidOperationException($"{database.Description} has schema version {version}, newer than this FeedBot knows; run a newer release.");
            await RecordAsync(connection, transaction, module, moduleVersion, $"schema_version {version}");
        }

        await connection.ExecuteAsync("DROP TABLE schema_version", transaction: transaction);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Carried the single schema_version list of {Path} over to per-module migrations", database.Description);
    }

    private static Task RecordAsync(DbConnection connection, DbTransaction transaction, string module, int version, string name) =>
        connection.ExecuteAsync(
            $"INSERT INTO {MigrationPlan.TrackingTable} (module, version, name, applied_utc) VALUES (@module, @version, @name, @now) ON CONFLICT DO NOTHING",
            new { module, version, name, now = DateTimeOffset.UtcNow.ToString("O") },
            transaction);
}

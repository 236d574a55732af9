using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Storage.Migrations;
using Microsoft.Extensions.Logging;

namespace FeedBot.Feeds.Storage.Postgres;

/// <summary>
/// Applies each module's PostgreSQL scripts not applied yet, tracked per module in <c>schema_migrations</c>. Several
/// instances may start at once: the whole run holds a session advisory lock, so one migrates and the others wait,
/// then find the schema up to date.
/// </summary>
public sealed class PostgresStoreMigrator(PostgresStoreDatabase database, MigrationPlan plan, ILogger<PostgresStoreMigrator> logger) : IStoreMigrator
{
    /// <summary>The advisory lock key ("FeedBot schema"), shared by every FeedBot instance on the database.</summary>
    public const long LockKey = 0x46656564_426f7431;

    public async Task<IReadOnlyList<MigrationScript>> MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition("SELECT pg_advisory_lock(@LockKey)", new { LockKey }, cancellationToken: cancellationToken, commandTimeout: 0));
        try
        {
            return await MigrateLockedAsync(connection, cancellationToken);
        }
        finally
        {
            await connection.ExecuteAsync("SELECT pg_advisory_unlock(@LockKey)", new { LockKey });
        }
    }

    private async Task<IReadOnlyList<MigrationScript>> MigrateLockedAsync(DbConnection connection, CancellationToken cancellationToken)
    {
        await connection.ExecuteAsync(
            $"CREATE TABLE IF NOT EXISTS {MigrationPlan.TrackingTable} (module text NOT NULL, version integer NOT NULL, name text NOT NULL, applied_utc timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (module, version))");
        var applied = (await connection.QueryAsync<(string Module, int Version)>($"SELECT module, version FROM {MigrationPlan.TrackingTable}")).ToHashSet();
        var pending = plan.Pending(StorageProvider.Postgres, applied);
        foreach (var script in pending)
        {
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(script.Sql, transaction: transaction);
            await connection.ExecuteAsync(
                $"INSERT INTO {MigrationPlan.TrackingTable} (module, version, name) VALUES (@Module, @Version, @Name)", script, transaction);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied {Module} schema migration {Version} ({Name}) to {Database}", script.Module, script.Version, script.Name, database.Description);
        }

        return pending;
    }
}

using System.Reflection;
using Dapper;
using Microsoft.Extensions.Logging;

namespace FeedBot.Feeds.Storage.Sqlite;

/// <summary>
/// Applies the embedded, numbered scripts in <c>Storage/Sqlite/Migrations</c> (<c>NNNN_name.sql</c>) that the
/// database has not seen yet, each in its own transaction, and switches the file to WAL.
/// </summary>
public sealed class SqliteMigrator(SqliteConnectionFactory connections, ILogger<SqliteMigrator> logger)
{
    private const string ResourcePrefix = "FeedBot.Feeds.Storage.Sqlite.Migrations.";

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync("PRAGMA journal_mode = WAL;");
        await connection.ExecuteAsync("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_utc TEXT NOT NULL);");
        var applied = (await connection.QueryAsync<long>("SELECT version FROM schema_version")).ToHashSet();

        foreach (var (version, name, sql) in LoadScripts())
        {
            if (applied.Contains(version))
            {
                continue;
            }

            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            await connection.ExecuteAsync(sql, transaction: transaction);
            await connection.ExecuteAsync(
                "INSERT INTO schema_version (version, applied_utc) VALUES (@version, @now)",
                new { version, now = DateTimeOffset.UtcNow.ToString("O") },
                transaction);
            await transaction.CommitAsync(cancellationToken);
            logger.LogInformation("Applied schema migration {Version} ({Name}) to {Path}", version, name, connections.DatabasePath);
        }
    }

    internal static IEnumerable<(long Version, string Name, string Sql)> LoadScripts()
    {
        var assembly = typeof(SqliteMigrator).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal) && n.EndsWith(".sql", StringComparison.Ordinal))
            .Select(n => (Resource: n, Name: n[ResourcePrefix.Length..^4]))
            .Select(r => (Version: long.Parse(r.Name[..r.Name.IndexOf('_')], System.Globalization.CultureInfo.InvariantCulture), r.Name, Sql: Read(assembly, r.Resource)))
            .OrderBy(s => s.Version);
    }

    private static string Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}

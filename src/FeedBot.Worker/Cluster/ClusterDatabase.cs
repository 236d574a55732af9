using FeedBot.Feeds.Storage;
using Npgsql;

namespace FeedBot.Worker.Cluster;

/// <summary>
/// The shared PostgreSQL database that makes instances one cluster (<c>FeedBot:Storage:Provider</c> = <c>Postgres</c>,
/// <c>FeedBot:Storage:Postgres:ConnectionString</c>); none with SQLite, where an instance is alone.
/// </summary>
public sealed class ClusterDatabase(string connectionString)
{
    public string ConnectionString { get; } = connectionString;

    /// <summary>Read at registration, as Quartz's job store needs it then.</summary>
    /// <remarks>A bad provider or a missing connection string is reported by the storage options' validation at start-up.</remarks>
    public static ClusterDatabase? From(IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        var postgres = Enum.TryParse<StorageProvider>(storage.Provider, ignoreCase: true, out var kind) && kind == StorageProvider.Postgres;
        return postgres && !string.IsNullOrWhiteSpace(storage.Postgres.ConnectionString) ? new ClusterDatabase(storage.Postgres.ConnectionString) : null;
    }

    /// <summary>A connection string for one role's lock: unpooled (the lock lives and dies with this one session),
    /// short timeouts, and named in <c>pg_stat_activity</c>.</summary>
    public string DedicatedFor(ClusterRole role, string instanceId) => new NpgsqlConnectionStringBuilder(ConnectionString)
    {
        Pooling = false,
        Timeout = 5,
        CommandTimeout = 5,
        ApplicationName = $"feedbot {instanceId} {role}",
    }.ConnectionString;
}

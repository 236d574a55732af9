namespace FeedBot.Feeds.Storage.Migrations;

/// <summary>The registered sets' scripts for a provider, in order: module by module (<see cref="MigrationSet.Order"/>), version by version.</summary>
public sealed class MigrationPlan(IEnumerable<MigrationSet> sets)
{
    public const string TrackingTable = "schema_migrations";

    public IReadOnlyList<MigrationSet> Sets { get; } = [.. sets.OrderBy(s => s.Order)];

    public IReadOnlyList<MigrationScript> Scripts(StorageProvider provider) =>
        [.. Sets.SelectMany(s => s.LoadScripts(provider))];

    /// <summary>The scripts not in <paramref name="applied"/> (module, version).</summary>
    public IReadOnlyList<MigrationScript> Pending(StorageProvider provider, IReadOnlySet<(string Module, int Version)> applied) =>
        [.. Scripts(provider).Where(s => !applied.Contains((s.Module, s.Version)))];
}

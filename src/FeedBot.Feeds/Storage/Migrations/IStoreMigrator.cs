namespace FeedBot.Feeds.Storage.Migrations;

/// <summary>Creates or upgrades every registered module's schema on the configured database.</summary>
public interface IStoreMigrator
{
    /// <summary>Applies the scripts not applied yet; returns them (empty when the schema was up to date).</summary>
    Task<IReadOnlyList<MigrationScript>> MigrateAsync(CancellationToken cancellationToken);
}

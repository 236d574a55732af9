using FeedBot.Feeds.Storage.Sqlite;

namespace FeedBot.Worker.Hosting;

/// <summary>Runs the versioned schema migrations at start-up, before the jobs start.</summary>
internal sealed class StorageInitializer(SqliteMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

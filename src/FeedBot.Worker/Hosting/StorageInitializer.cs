using FeedBot.Feeds.Storage.Migrations;

namespace FeedBot.Worker.Hosting;

/// <summary>Creates or upgrades every module's schema at start-up, before the jobs and the bot start.</summary>
internal sealed class StorageInitializer(IStoreMigrator migrator) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

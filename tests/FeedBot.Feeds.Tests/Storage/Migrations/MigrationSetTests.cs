using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Migrations;
using FeedBot.Testing.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Feeds.Tests.Storage.Migrations;

public sealed class MigrationSetTests
{
    [Fact]
    public void LoadScripts_FeedsModule_NumberedFromOneWithoutGapsAndAlikeOnBothProviders()
    {
        var set = Feeds();

        var sqlite = set.LoadScripts(StorageProvider.Sqlite).Select(s => s.Version).ToList();
        var postgres = set.LoadScripts(StorageProvider.Postgres).Select(s => s.Version).ToList();

        Assert.NotEmpty(sqlite);
        Assert.Equal(Enumerable.Range(1, sqlite.Count), sqlite);
        Assert.Equal(sqlite, postgres);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task MigrateAsync_SecondRun_AppliesNothingAndKeepsOneRowPerScript(StorageProvider provider)
    {
        await using var host = await FeedsTestHost.StartAsync(new Dictionary<string, string?>(), provider: provider);

        var again = await host.Get<IStoreMigrator>().MigrateAsync(default);

        Assert.Empty(again);
        Assert.Equal(Feeds().LoadScripts(provider).Count, await host.Store.ScalarAsync("SELECT COUNT(*) FROM schema_migrations WHERE module = 'feeds'"));
        Assert.True(await host.Store.HasTableAsync("source_versions"));
    }

    private static MigrationSet Feeds() =>
        new ServiceCollection().AddFeedBotFeeds().BuildServiceProvider().GetServices<MigrationSet>().Single();
}

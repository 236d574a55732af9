using FeedBot.Feeds;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Migrations;
using FeedBot.Testing.Storage;
using FeedBot.Worker.Delivery;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram.Storage;
using FeedBot.Worker.Tests.Delivery;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Hosting;

/// <summary>Every module's migrations: an old single-list SQLite file upgraded in place; many instances migrating one fresh PostgreSQL database at once.</summary>
public sealed class StoreMigrationTests
{
    /// <summary>Version 4 of the single list: the feeds' Retry-After hold (polls.not_before_utc), applied to the v3 fixture.</summary>
    private const string LegacyVersion4 =
        """
        ALTER TABLE polls ADD COLUMN not_before_utc INTEGER;
        UPDATE polls SET not_before_utc = 1751360000000;
        INSERT INTO schema_version VALUES (4, '2025-07-01T00:00:00.0000000+00:00');
        """;

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public async Task MigrateAsync_SqliteFileFromTheSingleSchemaVersionList_UpgradesInPlaceLosingNothing(int legacyVersion)
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.Sqlite);
        await store.ExecuteAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Storage", "legacy-schema-v3.sql")));
        if (legacyVersion == 4)
        {
            await store.ExecuteAsync(LegacyVersion4);
        }

        await using var host = await DeliveryTestHost.StartOnAsync(store);

        var items = await host.Get<IItemStore>().GetLatestAsync("moh-leadership", 10, default);
        Assert.Equal(["bai-moi", "bai-cu"], items.Select(i => i.Key));
        Assert.Equal("<p>Nội dung cũ</p>", items[1].ContentHtml);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 7, 43, 0, TimeSpan.Zero), items[0].PublishedUtc);
        Assert.Equal(1, Assert.Single(await host.Get<IItemStore>().GetSourceStatusesAsync(default)).LastPoll!.ItemsNew);
        var start = await host.Get<IItemStore>().StartPollAsync("moh-leadership", "https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo", 10, default);
        Assert.Equal("\"abc\"", start.Validators!.ETag);
        Assert.Equal("bo truong -covid", Assert.Single(await host.Get<ITelegramChatStore>().GetSubscriptionsAsync(new(42), default)).Filter);
        Assert.True((await host.Get<ITelegramChatStore>().GetChatAsync(-100777, default))!.IsPaused);
        Assert.Equal(123457, await host.Get<ITelegramStateStore>().GetUpdateOffsetAsync(default));
        var stats = await host.Get<IDeliveryStatsReader>().ReadAsync(default);
        Assert.Equal((1, 1), (stats.Pending, stats.Held));
        Assert.Equal(1, (await host.Get<IChangeVersionSource>().GetChangeVersionsAsync(default))["moh-leadership"]);
        Assert.False(await store.HasTableAsync("schema_version"));
        Assert.Equal(legacyVersion == 4 ? DateTimeOffset.FromUnixTimeMilliseconds(1751360000000) : null, start.NotBeforeUtc);
        Assert.Equal(
            ["delivery 1", "delivery 2", "feeds 1", "feeds 2", "feeds 3", "feeds 4", "telegram 1", "telegram 2", "telegram 3", "telegram 4", "telegram 5"],
            await store.QueryAsync<string>("SELECT module || ' ' || version FROM schema_migrations ORDER BY module, version"));
        Assert.Empty(await host.Get<IStoreMigrator>().MigrateAsync(default));
    }

    [Fact]
    public async Task MigrateAsync_UpgradedSqliteFile_KeepsWorking()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.Sqlite);
        await store.ExecuteAsync(await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "Storage", "legacy-schema-v3.sql")));
        await using var host = await DeliveryTestHost.StartOnAsync(store);

        await host.SaveAsync("moh-leadership", isBackfill: false, DeliveryTestHost.Item("bo-truong", "Bộ trưởng tiếp khách"));
        await host.Get<ITelegramChatStore>().MigrateChatAsync(-100777, -100778, default);
        await host.Get<ITelegramChatStore>().DeleteChatAsync(42, default);

        Assert.Equal(0, await store.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE chat_id IN (42, -100777)"));
        Assert.Equal(2, await store.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE chat_id = -100778 AND status = 'held'"));
        Assert.Equal(2, (await host.Get<IChangeVersionSource>().GetChangeVersionsAsync(default))["moh-leadership"]);
    }

    [Fact]
    public async Task MigrateAsync_SeveralInstancesAtOnceOnOneFreshPostgresDatabase_AllSucceedAndEachScriptRunsOnce()
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.Postgres);
        var instances = Enumerable.Range(0, 5).Select(_ => Services(store)).ToList();
        var expected = instances[0].GetRequiredService<MigrationPlan>().Scripts(StorageProvider.Postgres).Count;

        var applied = await Task.WhenAll(instances.Select(i => Task.Run(() => i.GetRequiredService<IStoreMigrator>().MigrateAsync(default))));

        Assert.Equal(expected, applied.Sum(a => a.Count));
        Assert.Equal(expected, await store.ScalarAsync("SELECT COUNT(*) FROM schema_migrations"));
        foreach (var table in new[] { "items", "polls", "http_validators", "source_versions", "telegram_chats", "telegram_subscriptions", "telegram_state", "deliveries", "source_alerts" })
        {
            Assert.True(await store.HasTableAsync(table), table);
        }

        foreach (var instance in instances)
        {
            await instance.DisposeAsync();
        }
    }

    [Theory]
    [InlineData("feeds")]
    [InlineData("telegram")]
    [InlineData("delivery")]
    public async Task LoadScripts_EachModule_NumberedFromOneWithoutGapsAndAlikeOnBothProviders(string module)
    {
        await using var store = await TestStore.CreateAsync(StorageProvider.Sqlite);
        await using var services = Services(store);
        var set = services.GetServices<MigrationSet>().Single(s => s.Module == module);

        var sqlite = set.LoadScripts(StorageProvider.Sqlite).Select(s => s.Version).ToList();

        Assert.NotEmpty(sqlite);
        Assert.Equal(Enumerable.Range(1, sqlite.Count), sqlite);
        Assert.Equal(sqlite, set.LoadScripts(StorageProvider.Postgres).Select(s => s.Version));
    }

    private static ServiceProvider Services(TestStore store)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(store.Settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging();
        services.AddFeedBotFeeds();
        services.AddFeedBotDelivery();
        return services.BuildServiceProvider();
    }
}

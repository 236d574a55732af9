using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Migrations;
using FeedBot.Feeds.Storage.Postgres;
using FeedBot.Feeds.Storage.Sqlite;
using FeedBot.Feeds.Writing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds;

/// <summary>The library's one registration: options, scraping, sanitizing, storage (either provider), feed writing.</summary>
public static class FeedsServiceCollectionExtensions
{
    public static IServiceCollection AddFeedBotFeeds(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<SourcesOptions>().BindConfiguration(SourcesOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>();

        services.AddScraping();

        services.AddFeedBotStorage();
        services.AddMigrations(new MigrationSet("feeds", 1, typeof(IItemStore).Assembly, "FeedBot.Feeds.Storage"));
        services.AddSingleton<IChangeVersionSource, ChangeVersionReader>();
        services.AddSingleton<ItemChangeTracker>();
        services.AddStore<IItemStore, SqliteItemStore, PostgresItemStore>();

        services.AddSingleton<SourcePoller>();

        services.AddSingleton<FeedEntryFactory>();
        services.AddSingleton<IFeedWriter, RssFeedWriter>();
        services.AddSingleton<IFeedWriter, AtomFeedWriter>();
        services.AddSingleton<IFeedWriter, JsonFeedWriter>();
        services.AddSingleton<OpmlWriter>();

        return services;
    }
}

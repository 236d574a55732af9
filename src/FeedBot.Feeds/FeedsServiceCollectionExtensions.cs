using FeedBot.Feeds.People;
using FeedBot.Feeds.Text;
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

/// <summary>The library's one registration: options, people, scraping, sanitizing, storage (either provider), feed writing.</summary>
public static class FeedsServiceCollectionExtensions
{
    public static IServiceCollection AddFeedBotFeeds(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<SourcesOptions>().BindConfiguration(SourcesOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>();
        services.AddOptions<PeopleOptions>().BindConfiguration(PeopleOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PeopleOptions>, PeopleOptionsValidator>();
        services.AddSingleton<HtmlBlocks>();
        services.AddSingleton<PersonMatcher>();
        services.AddSingleton<ItemTagger>();
        services.AddSingleton<PeopleRetagger>();

        services.AddScraping();

        services.AddFeedBotStorage();
        services.AddMigrations(new MigrationSet("feeds", 1, typeof(IItemStore).Assembly, "FeedBot.Feeds.Storage",
            ["items", "item_people", "people_tagging", "polls", "http_validators", "source_versions"]));
        services.AddSingleton<IChangeVersionSource, ChangeVersionReader>();
        services.AddSingleton<ItemChangeTracker>();
        services.AddStore<IItemStore, SqliteItemStore, PostgresItemStore>();
        services.AddStore<IPeopleTagStore, SqliteItemStore, PostgresItemStore>();

        services.AddSingleton<SourcePoller>();

        services.AddSingleton<FeedEntryFactory>();
        services.AddSingleton<IFeedWriter, RssFeedWriter>();
        services.AddSingleton<IFeedWriter, AtomFeedWriter>();
        services.AddSingleton<IFeedWriter, JsonFeedWriter>();
        services.AddSingleton<OpmlWriter>();

        return services;
    }
}

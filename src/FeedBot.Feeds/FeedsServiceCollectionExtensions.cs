using FeedBot.Feeds.People;
using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Sqlite;
using FeedBot.Feeds.Writing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds;

/// <summary>The library's one registration: options, people, scraping, sanitizing, storage, feed writing.</summary>
public static class FeedsServiceCollectionExtensions
{
    public static IServiceCollection AddFeedBotFeeds(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);

        services.AddOptions<SourcesOptions>().BindConfiguration(SourcesOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourcesOptionsValidator>();
        services.AddOptions<PeopleOptions>().BindConfiguration(PeopleOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<PeopleOptions>, PeopleOptionsValidator>();
        services.AddSingleton<PersonMatcher>();
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.Sqlite.Path), "FeedBot:Storage:Sqlite:Path must name a database file.")
            .ValidateOnStart();

        services.AddScraping();

        services.AddSingleton<ItemChangeTracker>();
        services.AddSingleton<SqliteConnectionFactory>();
        services.AddSingleton<SqliteMigrator>();
        services.AddSingleton<IItemStore, SqliteItemStore>();

        services.AddSingleton<SourcePoller>();

        services.AddSingleton<FeedEntryFactory>();
        services.AddSingleton<IFeedWriter, RssFeedWriter>();
        services.AddSingleton<IFeedWriter, AtomFeedWriter>();
        services.AddSingleton<IFeedWriter, JsonFeedWriter>();
        services.AddSingleton<OpmlWriter>();

        return services;
    }
}

using FeedBot.Feeds.Storage.Migrations;
using FeedBot.Feeds.Storage.Postgres;
using FeedBot.Feeds.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Storage;

/// <summary>
/// The storage every module shares: <c>FeedBot:Storage</c>, the configured <see cref="IStoreDatabase"/> and
/// <see cref="IStoreMigrator"/>; and the two calls each store owner makes: <see cref="AddStore{TService, TSqlite, TPostgres}"/>
/// and <see cref="AddMigrations"/>.
/// </summary>
public static class StorageRegistration
{
    public static IServiceCollection AddFeedBotStorage(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton<MigrationPlan>();
        services.AddStore<IStoreDatabase, SqliteStoreDatabase, PostgresStoreDatabase>();
        services.AddStore<IStoreMigrator, SqliteStoreMigrator, PostgresStoreMigrator>();
        return services;
    }

    /// <summary>Registers both implementations of a store; <typeparamref name="TService"/> resolves to the configured provider's.</summary>
    public static IServiceCollection AddStore<TService, TSqlite, TPostgres>(this IServiceCollection services)
        where TService : class
        where TSqlite : class, TService
        where TPostgres : class, TService
    {
        services.TryAddSingleton<TSqlite>();
        services.TryAddSingleton<TPostgres>();
        services.TryAddSingleton<TService>(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value.Kind switch
        {
            StorageProvider.Postgres => sp.GetRequiredService<TPostgres>(),
            _ => sp.GetRequiredService<TSqlite>(),
        });
        return services;
    }

    /// <summary>A module's schema: its scripts are applied after those of every set with a lower order.</summary>
    public static IServiceCollection AddMigrations(this IServiceCollection services, MigrationSet set)
    {
        if (!services.Any(d => d.ImplementationInstance is MigrationSet known && known.Module == set.Module))
        {
            services.AddSingleton(set);
        }

        return services;
    }
}

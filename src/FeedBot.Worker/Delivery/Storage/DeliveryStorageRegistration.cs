using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Migrations;
using FeedBot.Worker.Delivery.Storage.Postgres;
using FeedBot.Worker.Delivery.Storage.Relational;
using FeedBot.Worker.Delivery.Storage.Sqlite;
using FeedBot.Worker.Telegram.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedBot.Worker.Delivery.Storage;

/// <summary>Delivery's storage: its schema (after the feeds' and the Telegram module's) and its stores for either provider.</summary>
public static class DeliveryStorageRegistration
{
    public static IServiceCollection AddDeliveryStorage(this IServiceCollection services)
    {
        services.AddTelegramStorage();
        services.AddMigrations(new MigrationSet("delivery", 3, typeof(IOutboxStore).Assembly, "FeedBot.Worker.Delivery.Storage",
            ["deliveries", "source_alerts"]));
        services.AddStore<IOutboxStore, SqliteOutboxStore, PostgresOutboxStore>();
        services.TryAddSingleton<IChatOutboxStore, ChatOutboxStore>();
        services.TryAddSingleton<ISourceAlertStore, SourceAlertStore>();
        services.TryAddSingleton<IDeliveryStatsReader, DeliveryStatsReader>();
        return services;
    }
}

using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Migrations;
using FeedBot.Worker.Telegram.Storage.Postgres;
using FeedBot.Worker.Telegram.Storage.Relational;
using FeedBot.Worker.Telegram.Storage.Sqlite;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace FeedBot.Worker.Telegram.Storage;

/// <summary>The Telegram module's storage: its schema and its stores for either provider (delivery needs them too).</summary>
public static class TelegramStorageRegistration
{
    public static IServiceCollection AddTelegramStorage(this IServiceCollection services)
    {
        services.AddFeedBotStorage();
        services.AddMigrations(new MigrationSet("telegram", 2, typeof(ITelegramChatStore).Assembly, "FeedBot.Worker.Telegram.Storage",
            ["telegram_chats", "telegram_subscriptions", "telegram_topics", "telegram_follows", "telegram_state", "telegram_updates"]));
        services.AddStore<ITelegramChatStore, SqliteTelegramChatStore, PostgresTelegramChatStore>();
        services.TryAddSingleton<ITelegramStateStore, TelegramStateStore>();
        services.TryAddSingleton<ITelegramFollowStore, TelegramFollowStore>();
        return services;
    }
}

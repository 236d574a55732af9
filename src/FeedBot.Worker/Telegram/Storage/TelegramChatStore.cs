using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Storage.Sqlite;

namespace FeedBot.Worker.Telegram.Storage;

/// <summary>Chats and their subscriptions in <c>telegram_chats</c> / <c>telegram_subscriptions</c> (migration 0002).</summary>
public sealed class TelegramChatStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    /// <summary>Inserts the chat or refreshes its title, username and language; a chat that writes to the bot is active.</summary>
    public async Task UpsertChatAsync(ChatSeen chat, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO telegram_chats (chat_id, chat_type, title, username, language, created_utc, updated_utc)
            VALUES (@ChatId, @ChatType, @Title, @Username, @Language, @now, @now)
            ON CONFLICT (chat_id) DO UPDATE SET chat_type = excluded.chat_type, title = excluded.title, username = excluded.username,
                language = excluded.language, is_active = 1, inactive_reason = NULL, updated_utc = excluded.updated_utc
            """,
            new { chat.ChatId, chat.ChatType, chat.Title, chat.Username, chat.Language, now = Now() });
    }

    public async Task<TelegramChat?> GetChatAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ChatRow>($"SELECT {ChatRow.Columns} FROM telegram_chats WHERE chat_id = @chatId", new { chatId });
        return row?.ToChat();
    }

    /// <summary>Marks the chat active or inactive (blocked, kicked, left); subscriptions stay.</summary>
    public Task<bool> SetActiveAsync(long chatId, bool active, string? reason, CancellationToken cancellationToken) =>
        UpdateChatAsync("is_active = @active, inactive_reason = @reason", new { chatId, active, reason = active ? null : reason, now = Now() }, cancellationToken);

    public Task<bool> SetPausedAsync(long chatId, bool paused, CancellationToken cancellationToken) =>
        UpdateChatAsync("is_paused = @paused", new { chatId, paused, now = Now() }, cancellationToken);

    /// <summary>
    /// A group became a supergroup: the chat, its subscriptions and its rows move to <paramref name="toChatId"/> (merged
    /// into it when the bot already knows the new id), and its pending deliveries are due again at once.
    /// The one place a chat changes id: the bot calls it for a migrate service message, delivery for a 400 with
    /// <c>migrate_to_chat_id</c>.
    /// </summary>
    public async Task MigrateChatAsync(long fromChatId, long toChatId, CancellationToken cancellationToken)
    {
        var now = Now();
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var args = new { fromChatId, toChatId, now };
        var known = await connection.ExecuteScalarAsync<long>("SELECT COUNT(*) FROM telegram_chats WHERE chat_id = @toChatId", args, transaction);
        if (known == 0)
        {
            await connection.ExecuteAsync(
                "UPDATE telegram_chats SET chat_id = @toChatId, chat_type = 'supergroup', updated_utc = @now WHERE chat_id = @fromChatId", args, transaction);
        }
        else
        {
            await MergeIntoAsync(connection, transaction, args);
        }

        await connection.ExecuteAsync(
            "UPDATE deliveries SET next_attempt_utc = @now WHERE chat_id = @toChatId AND status = 'pending'", args, transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private static async Task MergeIntoAsync(DbConnection connection, DbTransaction transaction, object args)
    {
        await connection.ExecuteAsync(
            """
            INSERT INTO telegram_subscriptions (chat_id, source_id, filter, created_utc)
            SELECT @toChatId, source_id, filter, created_utc FROM telegram_subscriptions WHERE chat_id = @fromChatId
            ON CONFLICT (chat_id, source_id) DO NOTHING;
            UPDATE OR IGNORE deliveries SET chat_id = @toChatId WHERE chat_id = @fromChatId;
            UPDATE telegram_chats SET is_active = 1, updated_utc = @now WHERE chat_id = @toChatId;
            DELETE FROM telegram_chats WHERE chat_id = @fromChatId;
            """,
            args, transaction);
    }

    /// <summary>Deletes the chat and (by cascade) everything hanging off it.</summary>
    public async Task<bool> DeleteChatAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync("DELETE FROM telegram_chats WHERE chat_id = @chatId", new { chatId }) > 0;
    }

    /// <summary>True when added, false when the chat was already subscribed.</summary>
    public async Task<bool> SubscribeAsync(long chatId, string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "INSERT INTO telegram_subscriptions (chat_id, source_id, created_utc) VALUES (@chatId, @sourceId, @now) ON CONFLICT DO NOTHING",
            new { chatId, sourceId, now = Now() }) > 0;
    }

    public async Task<bool> UnsubscribeAsync(long chatId, string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM telegram_subscriptions WHERE chat_id = @chatId AND source_id = @sourceId", new { chatId, sourceId }) > 0;
    }

    /// <summary>Sets (or with null clears) the filter; false when the chat is not subscribed to the source.</summary>
    public async Task<bool> SetFilterAsync(long chatId, string sourceId, string? filter, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE telegram_subscriptions SET filter = @filter WHERE chat_id = @chatId AND source_id = @sourceId",
            new { chatId, sourceId, filter }) > 0;
    }

    public async Task<IReadOnlyList<TelegramSubscription>> GetSubscriptionsAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubscriptionRow>(
            $"SELECT {SubscriptionRow.Columns} FROM telegram_subscriptions WHERE chat_id = @chatId ORDER BY source_id", new { chatId });
        return [.. rows.Select(r => r.ToSubscription())];
    }

    /// <summary>A configured channel: its row (active) and exactly the configured sources, in one transaction.</summary>
    public async Task MaterializeChannelAsync(ChatSeen channel, IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken)
    {
        await UpsertChatAsync(channel, cancellationToken);
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "DELETE FROM telegram_subscriptions WHERE chat_id = @ChatId AND source_id NOT IN @sourceIds",
            new { channel.ChatId, sourceIds }, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO telegram_subscriptions (chat_id, source_id, created_utc) VALUES (@ChatId, @sourceId, @now) ON CONFLICT DO NOTHING",
            sourceIds.Select(sourceId => new { channel.ChatId, sourceId, now = Now() }), transaction);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task<bool> UpdateChatAsync(string set, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync($"UPDATE telegram_chats SET {set}, updated_utc = @now WHERE chat_id = @chatId", parameters) > 0;
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

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
    /// A group became a supergroup: the row moves to the new id, subscriptions and deliveries follow (ON UPDATE CASCADE).
    /// False, changing nothing, when the new id is already known: then delivery's first send to the old id is answered
    /// with <c>migrate_to_chat_id</c> and merges the two chats with their queued rows, so nothing is lost.
    /// </summary>
    public async Task<bool> MigrateChatAsync(long chatId, long newChatId, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            """
            UPDATE telegram_chats SET chat_id = @newChatId, chat_type = 'supergroup', updated_utc = @now
            WHERE chat_id = @chatId AND NOT EXISTS (SELECT 1 FROM telegram_chats WHERE chat_id = @newChatId)
            """,
            new { chatId, newChatId, now = Now() }) > 0;
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

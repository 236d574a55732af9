using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Telegram.Storage.Relational;

/// <summary>
/// <see cref="ITelegramChatStore"/> in SQL both providers run (chats here, subscriptions and topics in the other parts);
/// the provider subclasses supply what differs. A chat never changes its key in place: a migration inserts the new
/// row, lets the dependents move their rows to it, then deletes the old one.
/// </summary>
public abstract partial class RelationalTelegramChatStore(IStoreDatabase database, IEnumerable<IChatDependents> dependents, TimeProvider clock) : ITelegramChatStore
{
    private const string Upsert =
        """
        INSERT INTO telegram_chats (chat_id, chat_type, title, username, language, created_utc, updated_utc)
        VALUES (@ChatId, @ChatType, @Title, @Username, @Language, @now, @now)
        ON CONFLICT (chat_id) DO UPDATE SET chat_type = excluded.chat_type, title = excluded.title, username = excluded.username,
            language = excluded.language, is_active = TRUE, inactive_reason = NULL, updated_utc = excluded.updated_utc
        """;

    protected IStoreDatabase Database => database;

    protected IEnumerable<IChatDependents> Dependents => dependents;

    public async Task UpsertChatAsync(ChatSeen chat, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(Upsert, new { chat.ChatId, chat.ChatType, chat.Title, chat.Username, chat.Language, now = Now() });
    }

    public async Task<TelegramChat?> GetChatAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var row = await connection.QuerySingleOrDefaultAsync<ChatRow>($"SELECT {ChatRow.Columns} FROM telegram_chats WHERE chat_id = @chatId", new { chatId });
        return row?.ToChat();
    }

    public async Task<bool> SetActiveAsync(long chatId, bool active, string? reason, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        var known = await connection.ExecuteAsync(
            "UPDATE telegram_chats SET is_active = @active, inactive_reason = @reason, updated_utc = @now WHERE chat_id = @chatId",
            new { chatId, active, reason = active ? null : reason, now = Now() }, transaction) > 0;
        if (known && !active)
        {
            foreach (var dependent in dependents)
            {
                await dependent.OnChatDeactivatedAsync(unit, chatId, reason ?? "no reason given", cancellationToken);
            }
        }

        await unit.CommitAsync(cancellationToken);
        return known;
    }

    public async Task MigrateChatAsync(long fromChatId, long toChatId, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        var args = new { fromChatId, toChatId, now = Now() };
        await connection.ExecuteAsync(
            $"""
            INSERT INTO telegram_chats (chat_id, chat_type, title, username, language, is_active, is_paused, inactive_reason, created_utc, updated_utc)
            SELECT @toChatId, 'supergroup', title, username, language, is_active, is_paused, inactive_reason, created_utc, @now
            FROM telegram_chats WHERE chat_id = @fromChatId
            ON CONFLICT (chat_id) DO UPDATE SET is_active = TRUE, inactive_reason = NULL, updated_utc = excluded.updated_utc;
            INSERT INTO telegram_subscriptions (chat_id, thread_id, source_id, filter, created_utc)
            SELECT @toChatId, thread_id, source_id, filter, created_utc FROM telegram_subscriptions WHERE chat_id = @fromChatId
            ON CONFLICT (chat_id, thread_id, source_id) DO NOTHING;
            INSERT INTO telegram_follows (chat_id, thread_id, person_id, created_utc)
            SELECT @toChatId, thread_id, person_id, created_utc FROM telegram_follows WHERE chat_id = @fromChatId
            ON CONFLICT (chat_id, thread_id, person_id) DO NOTHING;
            """,
            args, transaction);
        foreach (var dependent in dependents)
        {
            await dependent.OnChatMovedAsync(unit, fromChatId, toChatId, cancellationToken);
        }

        await connection.ExecuteAsync("DELETE FROM telegram_chats WHERE chat_id = @fromChatId", args, transaction);
        await unit.CommitAsync(cancellationToken);
    }

    public async Task<bool> DeleteChatAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        foreach (var dependent in dependents)
        {
            await dependent.OnChatDeletedAsync(unit, chatId, cancellationToken);
        }

        var deleted = await connection.ExecuteAsync("DELETE FROM telegram_chats WHERE chat_id = @chatId", new { chatId }, transaction) > 0;
        await unit.CommitAsync(cancellationToken);
        return deleted;
    }

    public async Task<string> EnsureChatAsync(IStoreTransaction transaction, long chatId, CancellationToken cancellationToken)
    {
        var (connection, tx) = Enlist(transaction);
        var args = new { chatId, now = Now() };
        await connection.ExecuteAsync(
            """
            INSERT INTO telegram_chats (chat_id, chat_type, created_utc, updated_utc)
            VALUES (@chatId, CASE WHEN @chatId > 0 THEN 'private' ELSE 'group' END, @now, @now) ON CONFLICT (chat_id) DO NOTHING
            """,
            args, tx);
        return await connection.ExecuteScalarAsync<string>("SELECT language FROM telegram_chats WHERE chat_id = @chatId", args, tx) ?? "vi";
    }

    protected static (DbConnection Connection, DbTransaction Transaction) Enlist(IStoreTransaction unit)
    {
        var transaction = StoreTransaction.Of(unit);
        return (transaction.Connection, transaction.Transaction);
    }

    protected long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

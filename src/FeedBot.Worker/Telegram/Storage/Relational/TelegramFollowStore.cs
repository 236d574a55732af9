using Dapper;
using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Telegram.Storage.Relational;

/// <summary><see cref="ITelegramFollowStore"/>: its SQL runs unchanged on SQLite and PostgreSQL (one query per person, no list parameter).</summary>
public sealed class TelegramFollowStore(IStoreDatabase database, TimeProvider clock) : ITelegramFollowStore
{
    public async Task<bool> FollowAsync(ChatTarget target, string personId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            """
            INSERT INTO telegram_follows (chat_id, thread_id, person_id, created_utc) VALUES (@ChatId, @ThreadId, @personId, @now)
            ON CONFLICT DO NOTHING
            """,
            new { target.ChatId, target.ThreadId, personId, now = clock.GetUtcNow().ToUnixTimeMilliseconds() }) > 0;
    }

    public async Task<bool> UnfollowAsync(ChatTarget target, string personId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM telegram_follows WHERE chat_id = @ChatId AND thread_id = @ThreadId AND person_id = @personId",
            new { target.ChatId, target.ThreadId, personId }) > 0;
    }

    public async Task<IReadOnlyList<string>> GetFollowsAsync(ChatTarget target, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<string>(
            "SELECT person_id FROM telegram_follows WHERE chat_id = @ChatId AND thread_id = @ThreadId", new { target.ChatId, target.ThreadId });
        return rows.AsList();
    }

    public async Task<IReadOnlyList<Follower>> GetFollowersAsync(
        IStoreTransaction transaction, IReadOnlyCollection<string> personIds, CancellationToken cancellationToken)
    {
        var tx = StoreTransaction.Of(transaction);
        var followers = new List<Follower>();
        foreach (var personId in personIds.Distinct(StringComparer.Ordinal))
        {
            var rows = await tx.Connection.QueryAsync<(long ChatId, long ThreadId, bool IsPaused)>(
                $"""
                SELECT s.chat_id, s.thread_id, {RelationalTelegramChatStore.TargetPaused} FROM telegram_follows s
                JOIN telegram_chats c ON c.chat_id = s.chat_id
                LEFT JOIN telegram_topics t ON t.chat_id = s.chat_id AND t.thread_id = s.thread_id
                WHERE s.person_id = @personId AND {RelationalTelegramChatStore.TargetActive}
                """,
                new { personId }, tx.Transaction);
            followers.AddRange(rows.Select(r => new Follower(new ChatTarget(r.ChatId, (int)r.ThreadId), personId, r.IsPaused)));
        }

        return followers;
    }
}

using Dapper;
using FeedBot.Feeds.Storage;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Delivery.Storage.Relational;

/// <summary><see cref="IChatOutboxStore"/>: its SQL runs unchanged on SQLite and PostgreSQL.</summary>
public sealed class ChatOutboxStore(IStoreDatabase database, TimeProvider clock) : IChatOutboxStore
{
    private const string Ranked =
        """
        SELECT id FROM (
            SELECT d.id, ROW_NUMBER() OVER (PARTITION BY i.source_id ORDER BY i.published_utc DESC, i.id DESC) AS newest
            FROM deliveries d JOIN items i ON i.id = d.item_id
            WHERE d.chat_id = @ChatId AND d.thread_id = @ThreadId AND d.status = 'held') ranked
        """;

    public async Task<int> ReleaseHeldAsync(ChatTarget target, int newestPerSource, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var tx = StoreTransaction.Of(unit);
        var args = new { target.ChatId, target.ThreadId, newestPerSource, now = Now() };
        var skipped = await tx.Connection.ExecuteAsync(
            $"UPDATE deliveries SET status = 'cancelled', last_error = 'skipped on resume' WHERE id IN ({Ranked} WHERE newest > @newestPerSource)",
            args, tx.Transaction);
        await tx.Connection.ExecuteAsync(
            "UPDATE deliveries SET status = 'pending', next_attempt_utc = @now WHERE chat_id = @ChatId AND thread_id = @ThreadId AND status = 'held'",
            args, tx.Transaction);
        await unit.CommitAsync(cancellationToken);
        return skipped;
    }

    public Task<int> CancelQueuedAsync(IStoreTransaction transaction, long chatId, string reason, CancellationToken cancellationToken)
    {
        var tx = StoreTransaction.Of(transaction);
        return tx.Connection.ExecuteAsync(
            "UPDATE deliveries SET status = 'cancelled', last_error = @reason WHERE chat_id = @chatId AND status IN ('pending', 'held')",
            new { chatId, reason }, tx.Transaction);
    }

    public Task<int> CancelQueuedAsync(IStoreTransaction transaction, ChatTarget topic, string reason, CancellationToken cancellationToken)
    {
        var tx = StoreTransaction.Of(transaction);
        return tx.Connection.ExecuteAsync(
            """
            UPDATE deliveries SET status = 'cancelled', last_error = @reason
            WHERE chat_id = @ChatId AND thread_id = @ThreadId AND status IN ('pending', 'held')
            """,
            new { topic.ChatId, topic.ThreadId, reason }, tx.Transaction);
    }

    public Task MoveAsync(IStoreTransaction transaction, long fromChatId, long toChatId, CancellationToken cancellationToken)
    {
        var tx = StoreTransaction.Of(transaction);
        return tx.Connection.ExecuteAsync(
            """
            UPDATE deliveries SET chat_id = @toChatId WHERE chat_id = @fromChatId
              AND NOT EXISTS (SELECT 1 FROM deliveries x WHERE x.chat_id = @toChatId AND x.thread_id = deliveries.thread_id AND x.item_id = deliveries.item_id);
            DELETE FROM deliveries WHERE chat_id = @fromChatId;
            UPDATE deliveries SET next_attempt_utc = @now WHERE chat_id = @toChatId AND status = 'pending';
            """,
            new { fromChatId, toChatId, now = Now() }, tx.Transaction);
    }

    public Task DeleteForChatAsync(IStoreTransaction transaction, long chatId, CancellationToken cancellationToken)
    {
        var tx = StoreTransaction.Of(transaction);
        return tx.Connection.ExecuteAsync("DELETE FROM deliveries WHERE chat_id = @chatId", new { chatId }, tx.Transaction);
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

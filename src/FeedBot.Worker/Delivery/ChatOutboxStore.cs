using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Storage.Sqlite;

namespace FeedBot.Worker.Delivery;

/// <summary>The outbox as one chat's state changes: blocked (cancel), resumed (release).</summary>
public sealed class ChatOutboxStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    /// <summary>Marks the chat inactive and cancels its pending and held rows with the reason; returns how many.</summary>
    public async Task<int> DeactivateAsync(long chatId, string reason, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE telegram_chats SET is_active = 0, inactive_reason = @reason, updated_utc = @now WHERE chat_id = @chatId",
            new { chatId, reason, now = Now() }, transaction);
        var cancelled = await CancelQueuedAsync(connection, transaction, chatId, reason);
        await transaction.CommitAsync(cancellationToken);
        return cancelled;
    }

    private static Task<int> CancelQueuedAsync(DbConnection connection, DbTransaction transaction, long chatId, string reason) =>
        connection.ExecuteAsync(
            "UPDATE deliveries SET status = 'cancelled', last_error = @reason WHERE chat_id = @chatId AND status IN ('pending', 'held')",
            new { chatId, reason }, transaction);

    /// <summary>
    /// A resumed chat: its held rows become pending, at most <paramref name="newestPerSource"/> per source (the newest);
    /// the others are cancelled as skipped. Returns how many were skipped.
    /// </summary>
    public async Task<int> ReleaseHeldAsync(long chatId, int newestPerSource, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var ranked = (await connection.QueryAsync<(long Id, long Rank)>(
            """
            SELECT d.id, ROW_NUMBER() OVER (PARTITION BY i.source_id ORDER BY i.published_utc DESC, i.id DESC)
            FROM deliveries d JOIN items i ON i.id = d.item_id
            WHERE d.chat_id = @chatId AND d.status = 'held'
            """,
            new { chatId }, transaction)).ToList();
        var release = ranked.Where(r => r.Rank <= newestPerSource).Select(r => r.Id).ToList();
        var skip = ranked.Where(r => r.Rank > newestPerSource).Select(r => r.Id).ToList();
        await connection.ExecuteAsync(
            "UPDATE deliveries SET status = 'pending', next_attempt_utc = @now WHERE id IN @release", new { release, now = Now() }, transaction);
        await connection.ExecuteAsync(
            "UPDATE deliveries SET status = 'cancelled', last_error = 'skipped on resume' WHERE id IN @skip", new { skip }, transaction);
        await transaction.CommitAsync(cancellationToken);
        return skip.Count;
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

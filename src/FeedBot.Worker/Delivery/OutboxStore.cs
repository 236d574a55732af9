using Dapper;
using FeedBot.Feeds.Storage.Sqlite;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// The delivery loop's side of the outbox (<c>deliveries</c>): due rows oldest first, and each outcome written as soon
/// as it is known, so that a crash loses nothing and repeats at most the sends that were in flight.
/// </summary>
public sealed class OutboxStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    /// <summary>Pending rows due now, oldest first (paused chats' rows are held and inactive chats' cancelled first).</summary>
    public async Task<IReadOnlyList<DueDelivery>> GetDueAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            UPDATE deliveries SET status = 'held'
            WHERE status = 'pending' AND item_id IS NOT NULL
              AND chat_id IN (SELECT chat_id FROM telegram_chats WHERE is_paused = 1 AND is_active = 1);
            UPDATE deliveries SET status = 'cancelled',
                last_error = 'chat inactive: ' || COALESCE((SELECT inactive_reason FROM telegram_chats c WHERE c.chat_id = deliveries.chat_id), 'no reason given')
            WHERE status IN ('pending', 'held') AND chat_id IN (SELECT chat_id FROM telegram_chats WHERE is_active = 0);
            """);
        var rows = await connection.QueryAsync<DueDelivery>(
            """
            SELECT d.id AS Id, d.chat_id AS ChatId, c.chat_type AS ChatType
            FROM deliveries d JOIN telegram_chats c ON c.chat_id = d.chat_id
            WHERE d.status = 'pending' AND d.next_attempt_utc <= @now
            ORDER BY d.id LIMIT @limit
            """,
            new { now = Now(), limit });
        return rows.AsList();
    }

    /// <summary>The row with its chat and item as they are now; null when it is gone.</summary>
    public async Task<DeliveryWork?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DeliveryWork>($"{DeliveryWork.Select} WHERE d.id = @id", new { id });
    }

    /// <summary>When the next pending row falls due, or null when nothing is pending.</summary>
    public async Task<DateTimeOffset?> GetNextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var next = await connection.ExecuteScalarAsync<long?>("SELECT MIN(next_attempt_utc) FROM deliveries WHERE status = 'pending'");
        return next is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }

    public Task MarkSentAsync(long id, long messageId, CancellationToken cancellationToken) => UpdateAsync(
        "UPDATE deliveries SET status = 'sent', message_id = @messageId, sent_utc = @now, attempts = attempts + 1, last_error = NULL WHERE id = @id",
        new { id, messageId, now = Now() }, cancellationToken);

    /// <summary>Keeps the row pending until <paramref name="at"/>; <paramref name="countsAsAttempt"/> is false for 429s.</summary>
    public Task RescheduleAsync(long id, DateTimeOffset at, string error, bool countsAsAttempt, CancellationToken cancellationToken) => UpdateAsync(
        "UPDATE deliveries SET next_attempt_utc = @at, last_error = @error, attempts = attempts + @add WHERE id = @id AND status = 'pending'",
        new { id, at = at.ToUnixTimeMilliseconds(), error, add = countsAsAttempt ? 1 : 0 }, cancellationToken);

    /// <summary>Telegram could not parse the HTML: the row is sent again once, as plain text.</summary>
    public Task RetryAsPlainTextAsync(long id, string error, CancellationToken cancellationToken) => UpdateAsync(
        "UPDATE deliveries SET plain_text = 1, next_attempt_utc = @now, last_error = @error, attempts = attempts + 1 WHERE id = @id AND status = 'pending'",
        new { id, error, now = Now() }, cancellationToken);

    public Task MarkFailedAsync(long id, string error, CancellationToken cancellationToken) => UpdateAsync(
        "UPDATE deliveries SET status = 'failed', last_error = @error, attempts = attempts + 1 WHERE id = @id AND status = 'pending'",
        new { id, error }, cancellationToken);

    /// <summary>A paused chat's row goes back to held until the chat resumes.</summary>
    public Task HoldAsync(long id, CancellationToken cancellationToken) => UpdateAsync(
        "UPDATE deliveries SET status = 'held' WHERE id = @id AND status = 'pending' AND item_id IS NOT NULL", new { id }, cancellationToken);

    /// <summary>Queues a text (a resume note) to a chat, in its language, through the same paced, crash-safe outbox.</summary>
    public async Task EnqueueNoticeAsync(long chatId, Func<string, string> textFor, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await OutboxNotices.EnqueueAsync(connection, transaction, chatId, textFor, Now());
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task UpdateAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(sql, parameters);
    }

    private long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

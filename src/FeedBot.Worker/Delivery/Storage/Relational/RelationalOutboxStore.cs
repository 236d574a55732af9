using Dapper;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Storage.Relational;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Delivery.Storage.Relational;

/// <summary>
/// <see cref="IOutboxStore"/> in SQL both providers run; the provider subclasses supply what differs (how due rows
/// are picked). Reads the Telegram module's <c>telegram_chats</c> and <c>telegram_topics</c> and the feeds' <c>items</c>
/// and <c>item_people</c>; writes only <c>deliveries</c>, many rows at a time through <see cref="MultiRowInsert"/>.
/// </summary>
public abstract class RelationalOutboxStore(IStoreDatabase database, TimeProvider clock) : IOutboxStore
{
    private const string HoldAndCancel =
        """
        UPDATE deliveries SET status = 'held'
        WHERE status = 'pending' AND item_id IS NOT NULL AND (
              (thread_id = 0 AND chat_id IN (SELECT chat_id FROM telegram_chats WHERE is_paused AND is_active))
           OR EXISTS (SELECT 1 FROM telegram_topics t WHERE t.chat_id = deliveries.chat_id AND t.thread_id = deliveries.thread_id AND t.is_paused AND t.is_active));
        UPDATE deliveries SET status = 'cancelled',
            last_error = 'chat inactive: ' || COALESCE((SELECT inactive_reason FROM telegram_chats c WHERE c.chat_id = deliveries.chat_id), 'no reason given')
        WHERE status IN ('pending', 'held') AND chat_id IN (SELECT chat_id FROM telegram_chats WHERE NOT is_active);
        UPDATE deliveries SET status = 'cancelled',
            last_error = 'topic inactive: ' || COALESCE((SELECT inactive_reason FROM telegram_topics t
                WHERE t.chat_id = deliveries.chat_id AND t.thread_id = deliveries.thread_id), 'no reason given')
        WHERE status IN ('pending', 'held') AND thread_id <> 0
          AND EXISTS (SELECT 1 FROM telegram_topics t WHERE t.chat_id = deliveries.chat_id AND t.thread_id = deliveries.thread_id AND NOT t.is_active);
        """;

    /// <summary>The one read of an item's tags, made only for a row about to be sent (not for a row still waiting for its article).</summary>
    internal const string PersonIdsQuery = "SELECT person_id FROM item_people WHERE item_id = @itemId";

    private static readonly string[] DeliveryColumns = ["item_id", "chat_id", "thread_id", "status", "next_attempt_utc", "created_utc"];

    protected IStoreDatabase Database => database;

    /// <summary>The due query; <c>@now</c> and <c>@limit</c> are bound.</summary>
    protected virtual string DueQuery =>
        """
        SELECT d.id AS Id, d.chat_id AS ChatId, c.chat_type AS ChatType
        FROM deliveries d JOIN telegram_chats c ON c.chat_id = d.chat_id
        WHERE d.status = 'pending' AND d.next_attempt_utc <= @now
        ORDER BY d.id LIMIT @limit
        """;

    public async Task<int> AddItemDeliveriesAsync(IStoreTransaction transaction, IReadOnlyList<NewDelivery> rows, CancellationToken cancellationToken)
    {
        var unit = StoreTransaction.Of(transaction);
        var now = Now();
        var added = 0;
        foreach (var chunk in rows.Chunk(MultiRowInsert.MaxRows))
        {
            var (sql, parameters) = MultiRowInsert.Build("deliveries", DeliveryColumns,
                [.. chunk.Select(r => new object?[] { r.ItemId, r.Target.ChatId, (long)r.Target.ThreadId, r.Held ? "held" : "pending", now, now })]);
            added += await unit.Connection.ExecuteAsync(
                $"{sql} ON CONFLICT (item_id, chat_id, thread_id) DO NOTHING", parameters, unit.Transaction);
        }

        return added;
    }

    public async Task AddNoticeAsync(IStoreTransaction transaction, ChatTarget target, string text, CancellationToken cancellationToken)
    {
        var unit = StoreTransaction.Of(transaction);
        await unit.Connection.ExecuteAsync(
            """
            INSERT INTO deliveries (item_id, chat_id, thread_id, notice_text, next_attempt_utc, created_utc)
            VALUES (NULL, @ChatId, @ThreadId, @text, @now, @now)
            """,
            new { target.ChatId, target.ThreadId, text, now = Now() }, unit.Transaction);
    }

    public async Task<IReadOnlyList<DueDelivery>> GetDueAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(HoldAndCancel);
        var rows = await connection.QueryAsync<DueDelivery>(DueQuery, new { now = Now(), limit });
        return rows.AsList();
    }

    public async Task<DeliveryWork?> LoadAsync(long id, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.QuerySingleOrDefaultAsync<DeliveryWork>($"{DeliveryWork.Select} WHERE d.id = @id", new { id });
    }

    public async Task<IReadOnlyList<string>> GetPersonIdsAsync(long itemId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return (await connection.QueryAsync<string>(PersonIdsQuery, new { itemId })).AsList();
    }

    public async Task<DateTimeOffset?> GetNextDueAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var next = await connection.ExecuteScalarAsync<long?>("SELECT MIN(next_attempt_utc) FROM deliveries WHERE status = 'pending'");
        return next is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null;
    }

    public Task MarkSentAsync(long id, long messageId, CancellationToken cancellationToken) => UpdateAsync(
        "UPDATE deliveries SET status = 'sent', message_id = @messageId, sent_utc = @now, attempts = attempts + 1, last_error = NULL WHERE id = @id",
        new { id, messageId, now = Now() }, cancellationToken);

    public Task RescheduleAsync(long id, DateTimeOffset at, string error, bool countsAsAttempt, CancellationToken cancellationToken) => UpdateAsync(
        "UPDATE deliveries SET next_attempt_utc = @at, last_error = @error, attempts = attempts + @add WHERE id = @id AND status = 'pending'",
        new { id, at = at.ToUnixTimeMilliseconds(), error, add = countsAsAttempt ? 1 : 0 }, cancellationToken);

    public Task RetryAsPlainTextAsync(long id, string error, CancellationToken cancellationToken) => UpdateAsync(
        "UPDATE deliveries SET plain_text = TRUE, next_attempt_utc = @now, last_error = @error, attempts = attempts + 1 WHERE id = @id AND status = 'pending'",
        new { id, error, now = Now() }, cancellationToken);

    public Task MarkFailedAsync(long id, string error, CancellationToken cancellationToken) => UpdateAsync(
        "UPDATE deliveries SET status = 'failed', last_error = @error, attempts = attempts + 1 WHERE id = @id AND status = 'pending'",
        new { id, error }, cancellationToken);

    public Task HoldAsync(long id, CancellationToken cancellationToken) => UpdateAsync(
        "UPDATE deliveries SET status = 'held' WHERE id = @id AND status = 'pending' AND item_id IS NOT NULL", new { id }, cancellationToken);

    private async Task UpdateAsync(string sql, object parameters, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(sql, parameters);
    }

    protected long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

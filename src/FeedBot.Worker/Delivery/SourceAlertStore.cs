using Dapper;
using FeedBot.Feeds.Storage.Sqlite;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Each source's alert state (<c>source_alerts</c>). A change of state and its notices to the admin chats are written in one
/// transaction, so that each alert and each recovery notice is queued exactly once, across restarts.
/// </summary>
public sealed class SourceAlertStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    private const string Raise =
        """
        INSERT INTO source_alerts (source_id, is_alerting, reason, alerted_utc) VALUES (@sourceId, 1, @reason, @now)
        ON CONFLICT (source_id) DO UPDATE SET is_alerting = 1, reason = excluded.reason, alerted_utc = excluded.alerted_utc
        WHERE is_alerting = 0
        """;

    private const string Clear =
        "UPDATE source_alerts SET is_alerting = 0, recovered_utc = @now WHERE source_id = @sourceId AND is_alerting = 1";

    /// <summary>
    /// Raises (<paramref name="alerting"/>) or clears the source's alert; only when that changes the state are the notices
    /// queued to <paramref name="adminChatIds"/>. Returns whether it did.
    /// </summary>
    public async Task<bool> TransitionAsync(
        string sourceId, bool alerting, string? reason, IReadOnlyList<long> adminChatIds, Func<string, string> textFor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        await using var connection = await connections.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var changed = await connection.ExecuteAsync(alerting ? Raise : Clear, new { sourceId, reason, now }, transaction) == 1;
        if (changed)
        {
            foreach (var chatId in adminChatIds)
            {
                await OutboxNotices.EnqueueAsync(connection, transaction, chatId, textFor, now);
            }
        }

        await transaction.CommitAsync(cancellationToken);
        return changed;
    }
}

using Dapper;
using FeedBot.Feeds.Storage.Sqlite;

namespace FeedBot.Worker.Telegram.Storage;

/// <summary><c>telegram_state</c> (the update offset), <c>telegram_updates</c> (claimed update ids) and the counts behind /stats.</summary>
public sealed class TelegramStateStore(SqliteConnectionFactory connections, TimeProvider clock)
{
    public const string UpdateOffsetKey = "update_offset";

    /// <summary>How long a claim is kept: Telegram stops retrying an update long before.</summary>
    public static readonly TimeSpan ClaimRetention = TimeSpan.FromDays(2);

    /// <summary>
    /// Claims <paramref name="updateId"/> for handling, atomically for every instance sharing the store: true for the
    /// first caller only. Claims older than <see cref="ClaimRetention"/> are pruned now and then.
    /// </summary>
    public async Task<bool> TryClaimUpdateAsync(long updateId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await connections.OpenAsync(cancellationToken);
        var claimed = await connection.ExecuteAsync(
            "INSERT INTO telegram_updates (update_id, claimed_utc) VALUES (@updateId, @now) ON CONFLICT (update_id) DO NOTHING",
            new { updateId, now = now.ToUnixTimeMilliseconds() }) == 1;
        if (claimed && updateId % 100 == 0)
        {
            await connection.ExecuteAsync(
                "DELETE FROM telegram_updates WHERE claimed_utc < @cutoff", new { cutoff = (now - ClaimRetention).ToUnixTimeMilliseconds() });
        }

        return claimed;
    }

    /// <summary>The next update_id to ask for, or null before the first update.</summary>
    public async Task<long?> GetUpdateOffsetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var value = await connection.ExecuteScalarAsync<string?>("SELECT value FROM telegram_state WHERE key = @key", new { key = UpdateOffsetKey });
        return long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var offset) ? offset : null;
    }

    /// <summary>Stores the offset; it never moves backwards.</summary>
    public async Task SaveUpdateOffsetAsync(long offset, CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO telegram_state (key, value) VALUES (@key, @value)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE CAST(excluded.value AS INTEGER) > CAST(telegram_state.value AS INTEGER)
            """,
            new { key = UpdateOffsetKey, value = offset.ToString(System.Globalization.CultureInfo.InvariantCulture) });
    }

    public async Task<TelegramStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await connections.OpenAsync(cancellationToken);
        var chats = await connection.QuerySingleAsync<(long Total, long Active, long Paused)>(
            "SELECT COUNT(*), COALESCE(SUM(is_active), 0), COALESCE(SUM(is_paused), 0) FROM telegram_chats");
        var perSource = await connection.QueryAsync<(string SourceId, long Count)>(
            "SELECT source_id, COUNT(*) FROM telegram_subscriptions GROUP BY source_id ORDER BY source_id");
        return new TelegramStats((int)chats.Total, (int)chats.Active, (int)chats.Paused, perSource.ToDictionary(p => p.SourceId, p => (int)p.Count));
    }
}

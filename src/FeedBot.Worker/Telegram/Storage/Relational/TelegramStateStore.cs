using System.Globalization;
using Dapper;
using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Telegram.Storage.Relational;

/// <summary><see cref="ITelegramStateStore"/>: its SQL runs unchanged on SQLite and PostgreSQL, on whichever is configured.</summary>
public sealed class TelegramStateStore(IStoreDatabase database, TimeProvider clock) : ITelegramStateStore
{
    public const string UpdateOffsetKey = "update_offset";

    /// <summary>How long a claim is kept: Telegram stops retrying an update long before.</summary>
    public static readonly TimeSpan ClaimRetention = TimeSpan.FromDays(2);

    public async Task<bool> TryClaimUpdateAsync(long updateId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
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

    public async Task<long?> GetUpdateOffsetAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var value = await connection.ExecuteScalarAsync<string?>("SELECT value FROM telegram_state WHERE key = @key", new { key = UpdateOffsetKey });
        return long.TryParse(value, CultureInfo.InvariantCulture, out var offset) ? offset : null;
    }

    public async Task SaveUpdateOffsetAsync(long offset, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO telegram_state (key, value) VALUES (@key, @value)
            ON CONFLICT (key) DO UPDATE SET value = excluded.value WHERE CAST(excluded.value AS BIGINT) > CAST(telegram_state.value AS BIGINT)
            """,
            new { key = UpdateOffsetKey, value = offset.ToString(CultureInfo.InvariantCulture) });
    }

    public async Task<TelegramStats> GetStatsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var chats = await connection.QuerySingleAsync<(long Total, long Active, long Paused)>(
            "SELECT COUNT(*), COUNT(*) FILTER (WHERE is_active), COUNT(*) FILTER (WHERE is_paused) FROM telegram_chats");
        var perSource = await connection.QueryAsync<(string SourceId, long Count)>(
            "SELECT source_id, COUNT(*) FROM telegram_subscriptions GROUP BY source_id ORDER BY source_id");
        return new TelegramStats((int)chats.Total, (int)chats.Active, (int)chats.Paused, perSource.ToDictionary(p => p.SourceId, p => (int)p.Count));
    }
}

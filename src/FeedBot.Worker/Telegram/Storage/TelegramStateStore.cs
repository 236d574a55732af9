using Dapper;
using FeedBot.Feeds.Storage.Sqlite;

namespace FeedBot.Worker.Telegram.Storage;

/// <summary><c>telegram_state</c> (the update offset) and the counts behind /stats.</summary>
public sealed class TelegramStateStore(SqliteConnectionFactory connections)
{
    public const string UpdateOffsetKey = "update_offset";

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

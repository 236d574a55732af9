using Dapper;
using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Delivery.Storage.Relational;

/// <summary><see cref="IDeliveryStatsReader"/>: its SQL runs unchanged on SQLite and PostgreSQL.</summary>
public sealed class DeliveryStatsReader(IStoreDatabase database, TimeProvider clock) : IDeliveryStatsReader
{
    private static readonly TimeSpan RateWindow = TimeSpan.FromMinutes(1);

    public async Task<DeliveryStats> ReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken);
        var counts = (await connection.QueryAsync<(string Status, long Count)>("SELECT status, COUNT(*) FROM deliveries GROUP BY status"))
            .ToDictionary(c => c.Status, c => c.Count);
        var oldest = await connection.ExecuteScalarAsync<long?>("SELECT MIN(created_utc) FROM deliveries WHERE status = 'pending'");
        var recent = await connection.ExecuteScalarAsync<long>(
            "SELECT COUNT(*) FROM deliveries WHERE status = 'sent' AND sent_utc > @since",
            new { since = (now - RateWindow).ToUnixTimeMilliseconds() });
        return new DeliveryStats(
            counts.GetValueOrDefault("pending"),
            counts.GetValueOrDefault("held"),
            counts.GetValueOrDefault("sent"),
            counts.GetValueOrDefault("failed"),
            counts.GetValueOrDefault("cancelled"),
            oldest is { } ms ? Max(TimeSpan.Zero, now - DateTimeOffset.FromUnixTimeMilliseconds(ms)) : null,
            Math.Round(recent / RateWindow.TotalSeconds, 2));
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

using Dapper;
using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Delivery.Storage.Relational;

/// <summary><see cref="ISourceAlertStore"/>: its upsert runs unchanged on SQLite and PostgreSQL.</summary>
public sealed class SourceAlertStore(TimeProvider clock) : ISourceAlertStore
{
    private const string Raise =
        """
        INSERT INTO source_alerts (source_id, is_alerting, reason, alerted_utc) VALUES (@sourceId, TRUE, @reason, @now)
        ON CONFLICT (source_id) DO UPDATE SET is_alerting = TRUE, reason = excluded.reason, alerted_utc = excluded.alerted_utc
        WHERE NOT source_alerts.is_alerting
        """;

    private const string Clear =
        "UPDATE source_alerts SET is_alerting = FALSE, recovered_utc = @now WHERE source_id = @sourceId AND is_alerting";

    public async Task<bool> TryTransitionAsync(IStoreTransaction transaction, string sourceId, bool alerting, string? reason, CancellationToken cancellationToken)
    {
        var tx = StoreTransaction.Of(transaction);
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        return await tx.Connection.ExecuteAsync(alerting ? Raise : Clear, new { sourceId, reason, now }, tx.Transaction) == 1;
    }
}

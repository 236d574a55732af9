using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Delivery.Storage;

/// <summary>Each source's alert state (<c>source_alerts</c>).</summary>
public interface ISourceAlertStore
{
    /// <summary>
    /// Raises (<paramref name="alerting"/>) or clears the source's alert in <paramref name="transaction"/>; true only when
    /// that changed the state (so the caller queues its notices in the same transaction, once).
    /// </summary>
    Task<bool> TryTransitionAsync(IStoreTransaction transaction, string sourceId, bool alerting, string? reason, CancellationToken cancellationToken);
}

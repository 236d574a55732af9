using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Metrics;
using FeedBot.Worker.Telegram.Api;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// The outbox counts the delivery gauges show: read from the store before a scrape, at most once per
/// <c>FeedBot:Metrics:GaugeReadIntervalSeconds</c> however many scrapers ask. Nothing is read while Telegram is off.
/// </summary>
public sealed class OutboxSnapshot(
    IDeliveryStatsReader stats,
    IOptions<TelegramOptions> telegram,
    IOptions<MetricsOptions> metrics,
    TimeProvider clock) : IGaugeSource
{
    private readonly SemaphoreSlim _reading = new(1, 1);
    private DateTimeOffset _readAt = DateTimeOffset.MinValue;

    /// <summary>The last counts read, or null before the first read (and always while Telegram is off).</summary>
    public DeliveryStats? Latest { get; private set; }

    public async Task RefreshAsync(CancellationToken cancellationToken)
    {
        if (!telegram.Value.Enabled || !IsStale())
        {
            return;
        }

        await _reading.WaitAsync(cancellationToken);
        try
        {
            if (IsStale())
            {
                Latest = await stats.ReadAsync(cancellationToken);
                _readAt = clock.GetUtcNow();
            }
        }
        finally
        {
            _reading.Release();
        }
    }

    private bool IsStale() => clock.GetUtcNow() - _readAt >= metrics.Value.GaugeReadInterval;
}

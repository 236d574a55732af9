using System.Diagnostics.Metrics;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Delivery's meter (<see cref="MeterName"/>): sends by outcome and 429s received as they happen; rows waiting by
/// status, the oldest pending row's age and the achieved send rate from the <see cref="OutboxSnapshot"/>.
/// </summary>
public sealed class DeliveryMetrics
{
    public const string MeterName = "FeedBot.Delivery";

    private readonly Counter<long> _deliveries;
    private readonly Counter<long> _rateLimited;

    public DeliveryMetrics(IMeterFactory meters, OutboxSnapshot outbox)
    {
        var meter = meters.Create(MeterName);
        _deliveries = meter.CreateCounter<long>("feedbot.deliveries", "{delivery}",
            "Send attempts by outcome: sent, rate_limited, retried, failed, blocked, topic_gone, migrated, plain_text, unauthorized.");
        _rateLimited = meter.CreateCounter<long>("feedbot.telegram.rate_limited", "{response}", "429 Too Many Requests answers received from Telegram.");
        meter.CreateObservableGauge("feedbot.deliveries.waiting", () => Waiting(outbox.Latest), "{delivery}",
            "Outbox rows not yet sent, by status (pending, held).");
        meter.CreateObservableGauge("feedbot.deliveries.oldest_pending_age", () => Single(outbox.Latest, s => s.OldestPendingAge?.TotalSeconds ?? 0), "s",
            "How long the oldest pending row has waited.");
        meter.CreateObservableGauge("feedbot.delivery.send_rate", () => Single(outbox.Latest, s => s.SendRatePerSecond), "{message}/s",
            "Messages Telegram confirmed over the last minute, per second (the whole bot's, from the outbox).");
    }

    public void Count(string outcome) => _deliveries.Add(1, new KeyValuePair<string, object?>("outcome", outcome));

    public void CountRateLimited() => _rateLimited.Add(1);

    private static IEnumerable<Measurement<long>> Waiting(DeliveryStats? stats) => stats is null
        ? []
        : [new(stats.Pending, new KeyValuePair<string, object?>("status", "pending")), new(stats.Held, new KeyValuePair<string, object?>("status", "held"))];

    private static IEnumerable<Measurement<double>> Single(DeliveryStats? stats, Func<DeliveryStats, double> value) =>
        stats is null ? [] : [new(value(stats))];
}

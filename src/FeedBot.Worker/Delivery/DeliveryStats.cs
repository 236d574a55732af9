namespace FeedBot.Worker.Delivery;

/// <summary>The outbox at a glance, for <c>/healthz</c> and the bot's <c>/stats</c>.</summary>
/// <param name="SendRatePerSecond">Messages confirmed by Telegram over the last minute, per second.</param>
public sealed record DeliveryStats(
    long Pending,
    long Held,
    long Sent,
    long Failed,
    long Cancelled,
    TimeSpan? OldestPendingAge,
    double SendRatePerSecond);

namespace FeedBot.Worker.Health;

/// <summary>One source in <c>/healthz</c>.</summary>
/// <param name="IntervalSeconds">The poll interval from the source's cron; null when it has no regular schedule.</param>
/// <param name="Healthy">Disabled, or succeeded within 3 intervals (ever, without a regular schedule).</param>
/// <param name="NextPollNotBeforeUtc">While the site's Retry-After holds the source back, the earliest time of its next poll; else null.</param>
public sealed record SourceHealth(
    string Id,
    bool Enabled,
    bool Healthy,
    double? IntervalSeconds,
    PollSummary? LastPoll,
    DateTimeOffset? LastSuccessUtc,
    int ConsecutiveFailures,
    int ItemCount,
    DateTimeOffset? NextPollNotBeforeUtc);

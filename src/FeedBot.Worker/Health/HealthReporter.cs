using FeedBot.Feeds.Model;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Worker.Jobs;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Health;

/// <summary>
/// Healthy while every enabled source has succeeded within 3 of its poll intervals (the interval comes from its
/// Quartz cron); a source without a regular schedule needs one success. Reads the store on every check. The registered
/// health checks (Telegram delivery) are reported beside the sources; an unhealthy one makes the whole report unhealthy.
/// </summary>
public sealed class HealthReporter(
    IItemStore store,
    IOptionsMonitor<SourcesOptions> sources,
    HealthCheckService checks,
    TimeProvider clock,
    ILogger<HealthReporter> logger)
{
    public const int AllowedMissedIntervals = 3;

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        IReadOnlyList<SourceStatus> statuses;
        try
        {
            statuses = await store.GetSourceStatusesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Health check could not read the store");
            return new HealthReport("unhealthy", now, [], $"The store could not be read: {ex.Message}");
        }

        var byId = statuses.ToDictionary(s => s.SourceId, StringComparer.OrdinalIgnoreCase);
        var reports = sources.CurrentValue.Sources.Select(s => Evaluate(s, byId.GetValueOrDefault(s.Id), now)).ToList();
        var components = await checks.CheckHealthAsync(cancellationToken);
        var healthy = reports.All(r => r.Healthy) && components.Status != HealthStatus.Unhealthy;
        return new HealthReport(healthy ? "healthy" : "unhealthy", now, reports, Checks: Summarize(components));
    }

    private static Dictionary<string, ComponentHealth> Summarize(Microsoft.Extensions.Diagnostics.HealthChecks.HealthReport components) =>
        components.Entries.ToDictionary(
            e => e.Key,
            e => new ComponentHealth(e.Value.Status.ToString().ToLowerInvariant(), e.Value.Exception?.Message ?? e.Value.Description, e.Value.Data));

    private static SourceHealth Evaluate(SourceOptions source, SourceStatus? status, DateTimeOffset now)
    {
        var interval = PollSchedule.IntervalAt(source.Schedule, now);
        var lastSuccess = status?.LastSuccessUtc;
        var recent = lastSuccess is { } success && (interval is not { } i || now - success <= i * AllowedMissedIntervals);
        return new SourceHealth(
            source.Id,
            source.Enabled,
            !source.Enabled || recent,
            interval?.TotalSeconds,
            status?.LastPoll is { } poll ? PollSummary.From(poll) : null,
            lastSuccess,
            status?.ConsecutiveFailures ?? 0,
            status?.ItemCount ?? 0,
            status?.LastPoll?.NotBeforeUtc is { } notBefore && notBefore > now ? notBefore : null);
    }
}

using Quartz;

namespace FeedBot.Worker.Jobs;

/// <summary>What a source's Quartz cron means for readers and health: the time between two polls.</summary>
internal static class PollSchedule
{
    /// <summary>The gap between the cron's next two fire times after <paramref name="now"/> (UTC, as the jobs run);
    /// null when the expression is invalid or fires at most once more (no regular schedule).</summary>
    public static TimeSpan? IntervalAt(string? cron, DateTimeOffset now)
    {
        if (!CronExpression.TryParse(cron ?? "", out var expression) || expression is null)
        {
            return null;
        }

        expression = expression.WithTimeZone(TimeZoneInfo.Utc);
        var next = expression.GetNextValidTimeAfter(now);
        var after = next is { } first ? expression.GetNextValidTimeAfter(first) : null;
        return next is { } a && after is { } b ? b - a : null;
    }
}

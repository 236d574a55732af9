using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Sources;
using Microsoft.Extensions.Options;
using Quartz;

namespace FeedBot.Worker.Jobs;

/// <summary>Polls one source. Orchestration only: the <see cref="SourcePoller"/> does the work.</summary>
[DisallowConcurrentExecution]
internal sealed class PollSourceJob(
    SourcePoller poller,
    IOptionsMonitor<SourcesOptions> sources,
    IEnumerable<IPollObserver> observers,
    RunningPolls running,
    ILogger<PollSourceJob> logger) : IJob
{
    public const string SourceIdKey = "sourceId";
    public const string Group = "poll";

    public static JobKey KeyFor(string sourceId) => new(sourceId, Group);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sourceId = context.MergedJobDataMap.GetString(SourceIdKey) ?? "";
        var source = sources.CurrentValue.Find(sourceId);
        if (source is null)
        {
            logger.LogWarning("Poll job for {SourceId} skipped: the source is no longer configured", sourceId);
            return;
        }

        using var _ = running.Begin(sourceId);
        if (await poller.PollAsync(source, cancellationToken) is not { } poll)
        {
            return; // deferred: the site's Retry-After holds the source back (the poller logged it)
        }

        foreach (var observer in observers)
        {
            try
            {
                await observer.OnPolledAsync(poll, cancellationToken);
            }
            catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
            {
                logger.LogError(ex, "Poll observer {Observer} failed for {SourceId}", observer.GetType().Name, sourceId);
            }
        }
    }
}

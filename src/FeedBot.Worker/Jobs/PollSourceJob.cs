using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Sources;
using Microsoft.Extensions.Options;
using Quartz;

namespace FeedBot.Worker.Jobs;

/// <summary>Polls one source. Orchestration only: the <see cref="SourcePoller"/> does the work.</summary>
[DisallowConcurrentExecution]
internal sealed class PollSourceJob(SourcePoller poller, IOptionsMonitor<SourcesOptions> sources, ILogger<PollSourceJob> logger) : IJob
{
    public const string SourceIdKey = "sourceId";

    public static JobKey KeyFor(string sourceId) => new(sourceId, "poll");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var sourceId = context.MergedJobDataMap.GetString(SourceIdKey) ?? "";
        var source = sources.CurrentValue.Find(sourceId);
        if (source is null)
        {
            logger.LogWarning("Poll job for {SourceId} skipped: the source is no longer configured", sourceId);
            return;
        }

        await poller.PollAsync(source, cancellationToken);
    }
}

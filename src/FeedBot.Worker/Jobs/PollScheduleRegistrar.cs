using FeedBot.Feeds.Sources;
using Microsoft.Extensions.Options;
using Quartz;

namespace FeedBot.Worker.Jobs;

/// <summary>
/// One poll job per enabled source, on its cron, plus one run right after start-up. The job asks for recovery: in a
/// cluster a poll its instance died in the middle of runs again on another. Jobs of sources no longer configured (left
/// in a persistent store) are removed.
/// </summary>
internal sealed class PollScheduleRegistrar(
    ISchedulerFactory schedulers,
    IOptions<SourcesOptions> sources,
    ILogger<PollScheduleRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var enabled = sources.Value.Sources.Where(s => s.Enabled).ToList();
        foreach (var source in enabled)
        {
            var key = PollSourceJob.KeyFor(source.Id);
            var job = JobBuilder.Create<PollSourceJob>().WithIdentity(key).UsingJobData(PollSourceJob.SourceIdKey, source.Id).RequestRecovery().Build();
            var cron = TriggerBuilder.Create().ForJob(key).WithIdentity($"{source.Id}-cron", PollSourceJob.Group)
                .WithCronSchedule(source.Schedule, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
                .Build();
            var startup = TriggerBuilder.Create().ForJob(key).WithIdentity($"{source.Id}-startup", PollSourceJob.Group).StartNow().Build();
            await scheduler.ScheduleJob(job, [cron, startup], ScheduleJobOptions.Replacing, cancellationToken);
            logger.LogInformation("Scheduled {SourceId} on '{Schedule}', first poll now", source.Id, source.Schedule);
        }

        var configured = enabled.Select(s => PollSourceJob.KeyFor(s.Id)).ToHashSet();
        foreach (var stale in (await scheduler.GetJobKeys(GroupMatcher<JobKey>.GroupEquals(PollSourceJob.Group), cancellationToken)).Where(k => !configured.Contains(k)))
        {
            await scheduler.DeleteJob(stale, cancellationToken);
            logger.LogInformation("Removed the poll job of {SourceId}: the source is no longer configured or enabled", stale.Name);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

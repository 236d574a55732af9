using FeedBot.Feeds.Sources;
using Microsoft.Extensions.Options;
using Quartz;

namespace FeedBot.Worker.Jobs;

/// <summary>One poll job per enabled source, on its cron, plus one run right after start-up.</summary>
internal sealed class PollScheduleRegistrar(
    ISchedulerFactory schedulers,
    IOptions<SourcesOptions> sources,
    ILogger<PollScheduleRegistrar> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var source in sources.Value.Sources.Where(s => s.Enabled))
        {
            var key = PollSourceJob.KeyFor(source.Id);
            var job = JobBuilder.Create<PollSourceJob>().WithIdentity(key).UsingJobData(PollSourceJob.SourceIdKey, source.Id).Build();
            var cron = TriggerBuilder.Create().ForJob(key).WithIdentity($"{source.Id}-cron", "poll")
                .WithCronSchedule(source.Schedule, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing))
                .Build();
            var startup = TriggerBuilder.Create().ForJob(key).WithIdentity($"{source.Id}-startup", "poll").StartNow().Build();
            await scheduler.ScheduleJob(job, [cron, startup], ScheduleJobOptions.Replacing, cancellationToken);
            logger.LogInformation("Scheduled {SourceId} on '{Schedule}', first poll now", source.Id, source.Schedule);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

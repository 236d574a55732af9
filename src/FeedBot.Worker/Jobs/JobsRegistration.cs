using FeedBot.Feeds.Sources;
using Microsoft.Extensions.Options;
using Quartz;

namespace FeedBot.Worker.Jobs;

/// <summary>Quartz: one poll job per enabled source, on its cron, plus one run right after start-up.</summary>
internal static class JobsRegistration
{
    public static IServiceCollection AddFeedBotJobs(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourceScheduleValidator>();
        services.AddQuartz();
        services.AddOptions<QuartzOptions>().Configure<IOptions<SourcesOptions>>((quartz, sources) =>
        {
            foreach (var source in sources.Value.Sources.Where(s => s.Enabled))
            {
                var key = PollSourceJob.KeyFor(source.Id);
                quartz.AddJob<PollSourceJob>(j => j.WithIdentity(key).UsingJobData(PollSourceJob.SourceIdKey, source.Id));
                quartz.AddTrigger(t => t.ForJob(key).WithIdentity($"{source.Id}-cron", "poll")
                    .WithCronSchedule(source.Schedule, c => c.InTimeZone(TimeZoneInfo.Utc).WithMisfireHandlingInstructionDoNothing()));
                quartz.AddTrigger(t => t.ForJob(key).WithIdentity($"{source.Id}-startup", "poll").StartNow());
            }
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        return services;
    }
}

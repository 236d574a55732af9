namespace FeedBot.Worker.Cluster;

/// <summary>
/// The cluster's one registration: <c>FeedBot:Cluster</c>, and the leadership the delivery loop and the long-polling
/// receiver consult: advisory locks on the shared PostgreSQL database, or (SQLite) this instance alone.
/// </summary>
public static class ClusterRegistration
{
    public static IHostApplicationBuilder AddFeedBotCluster(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<ClusterOptions>().BindConfiguration(ClusterOptions.SectionName)
            .Validate(o => o.InstanceId is null || o.InstanceId.Length <= 100, "FeedBot:Cluster:InstanceId must be at most 100 characters.")
            .ValidateOnStart();
        if (ClusterDatabase.From(builder.Configuration) is { } database)
        {
            services.AddSingleton(database);
            services.AddSingleton<AdvisoryLockLeadership>();
            services.AddSingleton<IClusterLeadership>(sp => sp.GetRequiredService<AdvisoryLockLeadership>());
            services.AddHostedService(sp => sp.GetRequiredService<AdvisoryLockLeadership>());
        }
        else
        {
            services.AddSingleton<IClusterLeadership, SoleInstanceLeadership>();
        }

        services.AddHealthChecks().AddCheck<ClusterHealthCheck>("cluster");
        return builder;
    }
}

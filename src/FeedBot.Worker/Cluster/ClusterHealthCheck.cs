using FeedBot.Worker.Jobs;
using FeedBot.Worker.Telegram.Api;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Cluster;

/// <summary>
/// <c>/healthz</c>'s <c>cluster</c> entry: this instance's id, whether it shares a PostgreSQL store, whether it is now
/// the delivery sender and the update receiver (in webhook mode every instance receives), and the sources it is polling
/// now (Quartz gives each fire to one instance). Always healthy: a follower is as well as a leader.
/// </summary>
internal sealed class ClusterHealthCheck(
    IClusterLeadership leadership, RunningPolls polls, IOptions<ClusterOptions> options, IOptions<TelegramOptions> telegram,
    ClusterDatabase? database = null) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var bot = telegram.Value;
        var data = new Dictionary<string, object>
        {
            ["instanceId"] = options.Value.EffectiveInstanceId,
            ["clustered"] = database is not null,
            ["deliverySender"] = bot.Enabled && leadership.Holds(ClusterRole.DeliverySender),
            ["updateReceiver"] = bot.Enabled && (bot.Mode == TelegramMode.Webhook || leadership.Holds(ClusterRole.UpdateReceiver)),
            ["pollingNow"] = polls.Current,
        };
        var role = database is null ? "the only instance (SQLite)" : "a cluster member (PostgreSQL)";
        return Task.FromResult(HealthCheckResult.Healthy($"Instance {data["instanceId"]}: {role}.", data));
    }
}

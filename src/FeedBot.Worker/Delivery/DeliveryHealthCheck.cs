using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram.Api;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// The outbox in health output: pending, held, sent, failed and cancelled rows, the oldest pending age and the send rate.
/// Unhealthy when a 401 stopped delivery; degraded when a pending row has waited longer than <see cref="StaleAfter"/>.
/// </summary>
internal sealed class DeliveryHealthCheck(IDeliveryStatsReader stats, DeliveryState state, IOptions<TelegramOptions> telegram) : IHealthCheck
{
    public const string Tag = "delivery";
    public static readonly TimeSpan StaleAfter = TimeSpan.FromMinutes(15);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!telegram.Value.Enabled)
        {
            return HealthCheckResult.Healthy("Telegram delivery is off (no bot token).");
        }

        var s = await stats.ReadAsync(cancellationToken);
        var data = new Dictionary<string, object>
        {
            ["pending"] = s.Pending,
            ["held"] = s.Held,
            ["sent"] = s.Sent,
            ["failed"] = s.Failed,
            ["cancelled"] = s.Cancelled,
            ["oldestPendingAgeSeconds"] = s.OldestPendingAge is { } age ? Math.Round(age.TotalSeconds) : 0,
            ["sendRatePerSecond"] = s.SendRatePerSecond,
        };
        if (state.StoppedReason is { } reason)
        {
            return HealthCheckResult.Unhealthy($"Delivery stopped: Telegram refused the bot token ({reason}). Nothing is lost; fix the token and restart.", data: data);
        }

        return s.OldestPendingAge > StaleAfter
            ? HealthCheckResult.Degraded($"The oldest pending delivery has waited {s.OldestPendingAge:g}.", data: data)
            : HealthCheckResult.Healthy("Delivering.", data);
    }
}

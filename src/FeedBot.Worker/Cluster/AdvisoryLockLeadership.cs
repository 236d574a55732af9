using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Cluster;

/// <summary>
/// PostgreSQL: one <see cref="AdvisoryLockElection"/> per role, started when something first asks for the role (a role
/// nobody here uses, such as the receiver in webhook mode, is never contended). Stopping the host closes the
/// connections, which hands every role this instance held to another at once.
/// </summary>
internal sealed class AdvisoryLockLeadership : IClusterLeadership, IHostedService, IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly Dictionary<ClusterRole, AdvisoryLockElection> _elections;
    private readonly string _instanceId;
    private readonly ILogger<AdvisoryLockLeadership> _logger;
    private bool _disposed;

    public AdvisoryLockLeadership(ClusterDatabase database, IOptions<ClusterOptions> options, TimeProvider clock, ILogger<AdvisoryLockLeadership> logger)
    {
        var instanceId = _instanceId = options.Value.EffectiveInstanceId;
        _logger = logger;
        _elections = Enum.GetValues<ClusterRole>().ToDictionary(
            role => role,
            role => new AdvisoryLockElection(role, database.DedicatedFor(role, instanceId), instanceId, LeadershipTimings.Default, clock, logger));
    }

    public Task<CancellationToken> AcquireAsync(ClusterRole role, CancellationToken cancellationToken) =>
        _elections[role].WaitAsync(_stopping.Token, cancellationToken);

    public bool Holds(ClusterRole role) => _elections[role].IsHeld;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _logger.LogInformation("Instance {InstanceId} is a cluster member (PostgreSQL store); roles are elected by advisory lock", _instanceId);
        return Task.CompletedTask;
    }

    /// <summary>Also reached after the container disposed this (a host stopped twice): then there is nothing left to stop.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_disposed)
        {
            return;
        }

        await _stopping.CancelAsync();
        await Task.WhenAll(_elections.Values.Select(e => e.Completion)).WaitAsync(cancellationToken);
    }

    public void Dispose()
    {
        if (!_disposed)
        {
            _disposed = true;
            _stopping.Cancel();
            _stopping.Dispose();
        }
    }
}

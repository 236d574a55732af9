namespace FeedBot.Worker.Cluster;

/// <summary>SQLite: one instance, which holds every role for as long as it runs.</summary>
internal sealed class SoleInstanceLeadership : IClusterLeadership
{
    public Task<CancellationToken> AcquireAsync(ClusterRole role, CancellationToken cancellationToken) => Task.FromResult(CancellationToken.None);

    public bool Holds(ClusterRole role) => true;
}

namespace FeedBot.Worker.Cluster;

/// <summary>
/// Which cluster-wide roles this instance holds. The delivery loop and the long-polling receiver wait for their role and
/// work only while it lasts; with SQLite this instance is alone and always holds every role.
/// </summary>
public interface IClusterLeadership
{
    /// <summary>Waits until this instance holds <paramref name="role"/>; the token returned is cancelled the moment it
    /// is lost (the database connection broke or stopped answering), so work started under it stops at once.</summary>
    Task<CancellationToken> AcquireAsync(ClusterRole role, CancellationToken cancellationToken);

    /// <summary>Whether this instance holds <paramref name="role"/> now (for <c>/healthz</c>).</summary>
    bool Holds(ClusterRole role);
}

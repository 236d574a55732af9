namespace FeedBot.Worker.Cluster;

/// <summary>
/// The clock of an advisory-lock election. A holder whose heartbeat has not succeeded for <see cref="Lease"/> stops at
/// once; the server ends its silent session after <see cref="SessionTimeout"/> (PostgreSQL's <c>idle_session_timeout</c>),
/// which frees the lock for another instance, which then waits <see cref="Settle"/> before it starts. So two holders never
/// overlap: the old one stopped <c>SessionTimeout - Lease</c> before the lock could even be taken again.
/// </summary>
public sealed record LeadershipTimings
{
    public static readonly LeadershipTimings Default = new();

    /// <summary>How often a follower asks for the lock, and how long after a lost connection it tries again.</summary>
    public TimeSpan Retry { get; init; } = TimeSpan.FromSeconds(2);

    public TimeSpan Heartbeat { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest one heartbeat (or lock request) may take before the connection counts as lost.</summary>
    public TimeSpan QueryTimeout { get; init; } = TimeSpan.FromSeconds(3);

    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(4);

    public TimeSpan SessionTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>A new holder's pause before it starts: the previous holder's last second (its sends, its pending
    /// getUpdates) is then behind it.</summary>
    public TimeSpan Settle { get; init; } = TimeSpan.FromSeconds(2);
}

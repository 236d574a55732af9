namespace FeedBot.Worker.Delivery;

/// <summary>Whether delivery runs; a 401 (the token was revoked or is wrong) stops it until the worker is restarted.</summary>
public sealed class DeliveryState
{
    private volatile string? _stoppedReason;

    public bool IsStopped => _stoppedReason is not null;

    public string? StoppedReason => _stoppedReason;

    public void Stop(string reason) => _stoppedReason ??= reason;
}

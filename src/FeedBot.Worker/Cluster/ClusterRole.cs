namespace FeedBot.Worker.Cluster;

/// <summary>A job only one instance of the cluster may do at a time, each elected under its own advisory lock key.</summary>
public enum ClusterRole
{
    /// <summary>Sends the outbox, so that one pacer holds Telegram's limits for the whole bot.</summary>
    DeliverySender,

    /// <summary>Calls getUpdates (long-polling mode): Telegram answers 409 to a second caller.</summary>
    UpdateReceiver,
}

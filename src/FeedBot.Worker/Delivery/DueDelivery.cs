namespace FeedBot.Worker.Delivery;

/// <summary>A pending row whose time has come, with what the pacer needs to know about its chat.</summary>
public sealed record DueDelivery(long Id, long ChatId, string ChatType)
{
    public ChatKind Kind => ChatType == "private" ? ChatKind.Private : ChatKind.Group;
}

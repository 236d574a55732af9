namespace FeedBot.Worker.Telegram.Api;

/// <summary>A member's status in a chat: creator, administrator, member, restricted, left or kicked.</summary>
public sealed record ChatMember
{
    public string Status { get; init; } = "";
    public User? User { get; init; }

    public bool IsAdministrator => Status is "creator" or "administrator";

    /// <summary>The bot cannot write to the chat any more (blocked by the user, kicked or removed).</summary>
    public bool IsGone => Status is "kicked" or "left";
}

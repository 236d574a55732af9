namespace FeedBot.Worker.Telegram.Api;

/// <summary>The bot's own membership changed (blocked, unblocked, added, removed).</summary>
public sealed record ChatMemberUpdated
{
    public Chat Chat { get; init; } = new();
    public User From { get; init; } = new();
    public long Date { get; init; }
    public ChatMember OldChatMember { get; init; } = new();
    public ChatMember NewChatMember { get; init; } = new();
}

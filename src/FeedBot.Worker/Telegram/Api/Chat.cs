namespace FeedBot.Worker.Telegram.Api;

/// <summary>A chat: <c>private</c>, <c>group</c>, <c>supergroup</c> or <c>channel</c>.</summary>
public sealed record Chat
{
    public long Id { get; init; }
    public string Type { get; init; } = "";
    public string? Title { get; init; }
    public string? Username { get; init; }
    public string? FirstName { get; init; }

    public bool IsGroup => Type is "group" or "supergroup";
}

namespace FeedBot.Worker.Telegram.Api;

/// <summary>A message, as far as the bot reads it.</summary>
public sealed record Message
{
    public long MessageId { get; init; }
    public User? From { get; init; }
    public Chat? SenderChat { get; init; }
    public Chat Chat { get; init; } = new();
    public long Date { get; init; }
    public string? Text { get; init; }
    public string? Caption { get; init; }
    public long? MigrateToChatId { get; init; }
}

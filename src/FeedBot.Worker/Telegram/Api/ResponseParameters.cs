namespace FeedBot.Worker.Telegram.Api;

/// <summary>Extra error details: how long to wait, or the supergroup a group migrated to.</summary>
public sealed record ResponseParameters
{
    public int? RetryAfter { get; init; }
    public long? MigrateToChatId { get; init; }
}

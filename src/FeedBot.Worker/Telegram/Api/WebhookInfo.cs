namespace FeedBot.Worker.Telegram.Api;

/// <summary>The webhook as Telegram sees it.</summary>
public sealed record WebhookInfo
{
    public string Url { get; init; } = "";
    public int PendingUpdateCount { get; init; }
    public long? LastErrorDate { get; init; }
    public string? LastErrorMessage { get; init; }
    public IReadOnlyList<string>? AllowedUpdates { get; init; }
}

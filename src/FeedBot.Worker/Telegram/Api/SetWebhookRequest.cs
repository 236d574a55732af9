namespace FeedBot.Worker.Telegram.Api;

/// <summary><c>setWebhook</c>: Telegram sends <see cref="SecretToken"/> in <c>X-Telegram-Bot-Api-Secret-Token</c>.</summary>
public sealed record SetWebhookRequest(string Url)
{
    public string? SecretToken { get; init; }
    public IReadOnlyList<string>? AllowedUpdates { get; init; }
    public bool DropPendingUpdates { get; init; }
}

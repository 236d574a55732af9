namespace FeedBot.Worker.Health;

/// <summary>One registered health check in <c>/healthz</c> (e.g. Telegram delivery): status, why, and its numbers.</summary>
public sealed record ComponentHealth(string Status, string? Description, IReadOnlyDictionary<string, object> Data);

namespace FeedBot.Worker.Telegram.Storage;

/// <summary>An active chat subscribed to a source, with its filter (KeywordFilter syntax, or null) and whether it is paused.</summary>
public sealed record Subscriber(long ChatId, string? Filter, bool IsPaused);

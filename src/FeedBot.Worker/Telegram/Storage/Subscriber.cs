namespace FeedBot.Worker.Telegram.Storage;

/// <summary>
/// An active target (a chat, or an open forum topic of it) subscribed to a source, with its filter (KeywordFilter
/// syntax, or null) and whether it is paused.
/// </summary>
public sealed record Subscriber(ChatTarget Target, string? Filter, bool IsPaused)
{
    public long ChatId => Target.ChatId;
}

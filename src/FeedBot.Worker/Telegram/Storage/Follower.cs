namespace FeedBot.Worker.Telegram.Storage;

/// <summary>An active target (a chat, or an open forum topic of it) following a person, and whether it is paused.</summary>
public sealed record Follower(ChatTarget Target, string PersonId, bool IsPaused);

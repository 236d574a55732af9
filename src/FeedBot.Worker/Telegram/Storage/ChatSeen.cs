namespace FeedBot.Worker.Telegram.Storage;

/// <summary>What an update tells about its chat, for <see cref="ITelegramChatStore.UpsertChatAsync"/>.</summary>
public sealed record ChatSeen(long ChatId, string ChatType, string? Title, string? Username, string Language);

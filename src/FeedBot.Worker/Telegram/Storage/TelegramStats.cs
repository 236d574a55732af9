namespace FeedBot.Worker.Telegram.Storage;

/// <summary>Counts for /stats.</summary>
public sealed record TelegramStats(int Chats, int ActiveChats, int PausedChats, IReadOnlyDictionary<string, int> SubscriptionsPerSource);

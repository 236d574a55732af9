namespace FeedBot.Worker.Telegram.Storage;

/// <summary>A row of <c>telegram_subscriptions</c> (of one chat or topic); <see cref="Filter"/> is KeywordFilter syntax or null for everything.</summary>
public sealed record TelegramSubscription(long ChatId, string SourceId, string? Filter, DateTimeOffset CreatedUtc, int ThreadId = 0);

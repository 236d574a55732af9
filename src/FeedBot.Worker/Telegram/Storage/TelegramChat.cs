using FeedBot.Worker.Telegram.Formatting;

namespace FeedBot.Worker.Telegram.Storage;

/// <summary>A row of <c>telegram_chats</c>: a private chat, group, supergroup or channel the bot serves.</summary>
public sealed record TelegramChat(
    long ChatId,
    string ChatType,
    string? Title,
    string? Username,
    string Language,
    bool IsActive,
    bool IsPaused,
    string? InactiveReason,
    DateTimeOffset CreatedUtc,
    DateTimeOffset UpdatedUtc,
    MessageFormat Format = MessageFormat.Short);

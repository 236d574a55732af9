namespace FeedBot.Worker.Telegram.Api;

/// <summary><c>editMessageText</c> of a message the bot sent.</summary>
public sealed record EditMessageTextRequest(long ChatId, long MessageId, string Text)
{
    public string? ParseMode { get; init; } = "HTML";

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}

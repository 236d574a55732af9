namespace FeedBot.Worker.Telegram.Api;

/// <summary>Rows of inline buttons.</summary>
public sealed record InlineKeyboardMarkup(IReadOnlyList<IReadOnlyList<InlineKeyboardButton>> InlineKeyboard);

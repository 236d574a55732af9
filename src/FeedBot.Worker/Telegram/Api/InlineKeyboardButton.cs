namespace FeedBot.Worker.Telegram.Api;

/// <summary>A button under a message: a callback (<see cref="CallbackData"/>, at most 64 bytes) or a link.</summary>
public sealed record InlineKeyboardButton(string Text)
{
    public string? CallbackData { get; init; }
    public string? Url { get; init; }
}

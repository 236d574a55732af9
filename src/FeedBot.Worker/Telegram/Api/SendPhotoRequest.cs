using System.Text.Json.Serialization;

namespace FeedBot.Worker.Telegram.Api;

/// <summary><c>sendPhoto</c> by URL, with an HTML caption of at most 1024 characters.</summary>
public sealed record SendPhotoRequest(long ChatId, [property: JsonPropertyName("photo")] string PhotoUrl, string? Caption)
{
    public string? ParseMode { get; init; } = "HTML";

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}

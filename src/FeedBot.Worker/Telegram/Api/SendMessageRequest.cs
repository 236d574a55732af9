using System.Text.Json.Serialization;

namespace FeedBot.Worker.Telegram.Api;

/// <summary><c>sendMessage</c>: HTML parse mode unless set otherwise (null = plain text).</summary>
public sealed record SendMessageRequest(long ChatId, string Text)
{
    public string? ParseMode { get; init; } = "HTML";

    [JsonIgnore]
    public bool DisableLinkPreview { get; init; }

    public LinkPreviewOptions? LinkPreviewOptions => DisableLinkPreview ? new LinkPreviewOptions(true) : null;

    public InlineKeyboardMarkup? ReplyMarkup { get; init; }
}

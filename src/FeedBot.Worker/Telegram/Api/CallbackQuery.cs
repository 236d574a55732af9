namespace FeedBot.Worker.Telegram.Api;

/// <summary>A press on an inline keyboard button.</summary>
public sealed record CallbackQuery
{
    public string Id { get; init; } = "";
    public User From { get; init; } = new();
    public Message? Message { get; init; }
    public string? Data { get; init; }
}

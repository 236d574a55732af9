namespace FeedBot.Worker.Telegram.Api;

/// <summary>One incoming update; only the kinds the bot handles are read.</summary>
public sealed record Update
{
    public long UpdateId { get; init; }
    public Message? Message { get; init; }
    public CallbackQuery? CallbackQuery { get; init; }
    public ChatMemberUpdated? MyChatMember { get; init; }
}

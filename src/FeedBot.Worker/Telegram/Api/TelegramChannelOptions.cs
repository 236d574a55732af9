namespace FeedBot.Worker.Telegram.Api;

/// <summary><c>FeedBot:Telegram:Channels:N</c>: a channel (numeric id such as -100123 or @username) and its sources.</summary>
public sealed class TelegramChannelOptions
{
    public string Chat { get; set; } = "";
    public List<string> Sources { get; set; } = [];
}

namespace FeedBot.Worker.Telegram.Api;

/// <summary>
/// <c>FeedBot:Telegram:Channels:N</c>: a channel (numeric id such as -100123 or @username), its sources, and how items
/// are written to it (<c>Format</c>: <c>short</c>, the default, or <c>full</c>; a channel cannot send <c>/format</c>).
/// </summary>
public sealed class TelegramChannelOptions
{
    public string Chat { get; set; } = "";
    public List<string> Sources { get; set; } = [];
    public string Format { get; set; } = "short";
}

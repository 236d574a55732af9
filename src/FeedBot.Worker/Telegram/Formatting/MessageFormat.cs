namespace FeedBot.Worker.Telegram.Formatting;

/// <summary>
/// How a chat gets items (<c>/format</c>, stored as <c>telegram_chats.format</c>; channels from
/// <c>FeedBot:Telegram:Channels:N:Format</c>): <see cref="Short"/> the title, source, time and summary;
/// <see cref="Full"/> the same followed by the article's text in an expandable quotation and the link to the original.
/// </summary>
public enum MessageFormat
{
    Short,
    Full,
}

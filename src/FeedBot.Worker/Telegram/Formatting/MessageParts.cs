namespace FeedBot.Worker.Telegram.Formatting;

/// <summary>
/// The texts of one item message, clean and not yet escaped: the title (linked to <see cref="Link"/> when it is an
/// http(s) URL), the source and time line, the summary, the article's text (full format only), the label of the link to
/// the original (full format only) and the hashtags line.
/// </summary>
public sealed record MessageParts(
    string Title, string Meta, string Summary, string? Link, string Article, string? LinkLabel, string Hashtags);

namespace FeedBot.Worker.Telegram.Formatting;

/// <summary>
/// An item ready to send: <see cref="Html"/> for parse mode HTML (a caption of at most 1024 visible characters when
/// <see cref="PhotoUrl"/> is set, else a text of at most 4096), and <see cref="PlainText"/> to resend without parse mode
/// when Telegram answers "can't parse entities". <see cref="PreviewUrl"/>, when set, is the image a text message shows as
/// its large link preview (a full-format item with an image: the text is too long for a photo's caption).
/// </summary>
public sealed record FormattedMessage(string Html, string? PhotoUrl, string PlainText, string? PreviewUrl = null);

namespace FeedBot.Worker.Telegram.Api;

/// <summary>Link preview settings of a sent message.</summary>
public sealed record LinkPreviewOptions(bool IsDisabled);

namespace FeedBot.Worker.Telegram.Api;

/// <summary>
/// A failed Bot API call. The message names the method, the kind, the code and Telegram's description; it never holds
/// the request URL (whose path carries the bot token), and no inner exception is kept for the same reason.
/// </summary>
public sealed class TelegramApiException : Exception
{
    public TelegramApiException(string method, TelegramErrorKind kind, int? errorCode, string description,
        TimeSpan? retryAfter = null, long? migrateToChatId = null)
        : base($"Telegram {method} failed: {kind}{(errorCode is null ? "" : $" ({errorCode})")}: {description}")
    {
        Method = method;
        Kind = kind;
        ErrorCode = errorCode;
        Description = description;
        RetryAfter = retryAfter;
        MigrateToChatId = migrateToChatId;
    }

    public string Method { get; }
    public TelegramErrorKind Kind { get; }
    public int? ErrorCode { get; }
    public string Description { get; }
    public TimeSpan? RetryAfter { get; }
    public long? MigrateToChatId { get; }

    /// <summary>What Telegram answers (400) for a send into a forum topic that was deleted or closed.</summary>
    private static readonly string[] TopicGoneDescriptions = ["message thread not found", "TOPIC_CLOSED", "TOPIC_DELETED"];

    /// <summary>The forum topic sent into is deleted or closed ("message thread not found", TOPIC_CLOSED, TOPIC_DELETED).</summary>
    public bool IsTopicGone =>
        Kind == TelegramErrorKind.BadRequest && TopicGoneDescriptions.Any(d => Description.Contains(d, StringComparison.OrdinalIgnoreCase));

    /// <summary>The HTML was refused ("can't parse entities"): resend as plain text.</summary>
    public bool IsCantParseEntities =>
        Kind == TelegramErrorKind.BadRequest && Description.Contains("can't parse entities", StringComparison.OrdinalIgnoreCase);
}

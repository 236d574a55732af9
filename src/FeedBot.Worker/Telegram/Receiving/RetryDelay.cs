using FeedBot.Worker.Telegram.Api;

namespace FeedBot.Worker.Telegram.Receiving;

/// <summary>How long to wait after a failed Bot API call: Telegram's retry_after, the conflict pause, or an
/// exponential back-off (ErrorBackoffSeconds doubling up to MaxBackoffSeconds); a rejected token waits the longest.</summary>
internal static class RetryDelay
{
    public static TimeSpan After(Exception exception, int failures, TelegramOptions options)
    {
        var kind = (exception as TelegramApiException)?.Kind;
        return kind switch
        {
            TelegramErrorKind.Conflict => TimeSpan.FromSeconds(options.ConflictBackoffSeconds),
            TelegramErrorKind.RateLimited when exception is TelegramApiException { RetryAfter: { } retryAfter } => retryAfter,
            TelegramErrorKind.Unauthorized => TimeSpan.FromSeconds(options.MaxBackoffSeconds),
            _ => TimeSpan.FromSeconds(Math.Min(options.ErrorBackoffSeconds * Math.Pow(2, Math.Min(failures - 1, 20)), options.MaxBackoffSeconds)),
        };
    }
}

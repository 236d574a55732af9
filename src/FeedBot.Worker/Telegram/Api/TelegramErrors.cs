namespace FeedBot.Worker.Telegram.Api;

/// <summary>Maps an HTTP status and the envelope's details to a <see cref="TelegramApiException"/>.</summary>
internal static class TelegramErrors
{
    public static TelegramApiException FromEnvelope(string method, int status, int? errorCode, string? description, ResponseParameters? parameters)
    {
        var code = errorCode ?? status;
        var text = string.IsNullOrWhiteSpace(description) ? $"HTTP {status} without a description" : description;
        var retryAfter = parameters?.RetryAfter is int seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        var kind = Classify(code, text, parameters);
        return new TelegramApiException(method, kind, code, text, retryAfter, parameters?.MigrateToChatId);
    }

    private static TelegramErrorKind Classify(int code, string description, ResponseParameters? parameters) => code switch
    {
        429 => TelegramErrorKind.RateLimited,
        401 or 404 => TelegramErrorKind.Unauthorized,
        403 => TelegramErrorKind.Blocked,
        409 => TelegramErrorKind.Conflict,
        400 when parameters?.MigrateToChatId is not null => TelegramErrorKind.Migrated,
        400 when description.Contains("chat not found", StringComparison.OrdinalIgnoreCase) => TelegramErrorKind.ChatNotFound,
        >= 500 => TelegramErrorKind.ServerError,
        >= 400 => TelegramErrorKind.BadRequest,
        _ => TelegramErrorKind.ServerError,
    };

    /// <summary>A failure without an answer. Only the exception types and messages are kept, with the token removed.</summary>
    public static TelegramApiException Network(string method, Exception exception, string? token)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            messages.Add($"{e.GetType().Name}: {e.Message}");
        }

        return new TelegramApiException(method, TelegramErrorKind.Network, null, Redact(string.Join(" <- ", messages), token));
    }

    public static string Redact(string text, string? token) =>
        string.IsNullOrEmpty(token) ? text : text.Replace(token, "<bot-token>", StringComparison.Ordinal);
}

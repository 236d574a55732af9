using System.Net;
using System.Text.Json;
using Telegram.Bot.Exceptions;

namespace FeedBot.Worker.Telegram.Api;

/// <summary>
/// Maps Telegram.Bot's exceptions to a <see cref="TelegramApiException"/>: an <see cref="ApiRequestException"/> (the
/// Bot API's error envelope) by its error code and parameters; a <see cref="RequestException"/> by what is inside it
/// (no answer: network error or timeout; an answer that is not the envelope, such as a proxy's HTML page: by its
/// HTTP status, a server error unless it is a 4xx).
/// </summary>
internal static class TelegramErrors
{
    public static TelegramApiException FromApi(string method, ApiRequestException exception, string token)
    {
        var code = exception.ErrorCode;
        var text = string.IsNullOrWhiteSpace(exception.Message) ? $"HTTP {code} without a description" : Redact(exception.Message, token);
        var parameters = exception.Parameters;
        var retryAfter = parameters?.RetryAfter is int seconds ? TimeSpan.FromSeconds(seconds) : (TimeSpan?)null;
        return new TelegramApiException(method, Classify(code, text, parameters?.MigrateToChatId), code, text, retryAfter, parameters?.MigrateToChatId);
    }

    public static TelegramApiException FromRequest(string method, RequestException exception, string token)
    {
        if (!IsUnreadableAnswer(exception))
        {
            return Network(method, exception, token);
        }

        var status = (int?)exception.HttpStatusCode ?? (int)HttpStatusCode.BadGateway;
        var code = status is >= 400 and < 500 ? status : (int)HttpStatusCode.BadGateway;
        return new TelegramApiException(method, Classify(code, "", null), status, $"HTTP {status} with a body that is not the Bot API's JSON envelope");
    }

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

    private static TelegramErrorKind Classify(int code, string description, long? migrateToChatId) => code switch
    {
        429 => TelegramErrorKind.RateLimited,
        401 or 404 => TelegramErrorKind.Unauthorized,
        403 => TelegramErrorKind.Blocked,
        409 => TelegramErrorKind.Conflict,
        400 when migrateToChatId is not null => TelegramErrorKind.Migrated,
        400 when description.Contains("chat not found", StringComparison.OrdinalIgnoreCase) => TelegramErrorKind.ChatNotFound,
        >= 500 => TelegramErrorKind.ServerError,
        >= 400 => TelegramErrorKind.BadRequest,
        _ => TelegramErrorKind.ServerError,
    };

    /// <summary>An answer came but could not be read (Telegram.Bot wraps the JsonException); else there was none.</summary>
    private static bool IsUnreadableAnswer(RequestException exception)
    {
        for (Exception? e = exception.InnerException; e is not null; e = e.InnerException)
        {
            if (e is JsonException)
            {
                return true;
            }
        }

        return exception.HttpStatusCode is not null && exception.InnerException is null;
    }
}

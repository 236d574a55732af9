namespace FeedBot.Worker.Telegram.Api;

/// <summary>What went wrong with a Bot API call, for callers to switch on.</summary>
public enum TelegramErrorKind
{
    /// <summary>429 Too Many Requests; <see cref="TelegramApiException.RetryAfter"/> says how long to wait.</summary>
    RateLimited,

    /// <summary>403: the bot was blocked, kicked, the user deactivated, or the bot is not a member.</summary>
    Blocked,

    /// <summary>400 "chat not found".</summary>
    ChatNotFound,

    /// <summary>The group became a supergroup; <see cref="TelegramApiException.MigrateToChatId"/> is its new id.</summary>
    Migrated,

    /// <summary>Any other 400, with Telegram's description.</summary>
    BadRequest,

    /// <summary>401 (or 404 for an unknown token): the token is wrong or revoked.</summary>
    Unauthorized,

    /// <summary>409: another getUpdates consumer or a webhook is active.</summary>
    Conflict,

    /// <summary>5xx or an answer that is not the Bot API's envelope.</summary>
    ServerError,

    /// <summary>No answer: connection refused or reset, DNS, TLS, timeout.</summary>
    Network,
}

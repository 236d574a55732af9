using System.Text.Json.Nodes;

namespace FeedBot.Testing.FakeTelegram;

/// <summary>A scripted failure of the fake Bot API: an error envelope as Telegram sends it, a non-JSON body, or a dropped connection.</summary>
public sealed record FakeBotError(int StatusCode, string Body, bool Disconnect = false)
{
    public static FakeBotError Unauthorized() => Envelope(401, "Unauthorized");

    public static FakeBotError Blocked() => Envelope(403, "Forbidden: bot was blocked by the user");

    public static FakeBotError ChatNotFound() => Envelope(400, "Bad Request: chat not found");

    public static FakeBotError BadRequest(string description) => Envelope(400, $"Bad Request: {description}");

    public static FakeBotError Conflict() =>
        Envelope(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");

    public static FakeBotError TooManyRequests(int retryAfterSeconds) =>
        Envelope(429, $"Too Many Requests: retry after {retryAfterSeconds}", new JsonObject { ["retry_after"] = retryAfterSeconds });

    public static FakeBotError Migrated(long newChatId) =>
        Envelope(400, "Bad Request: group chat was upgraded to a supergroup chat", new JsonObject { ["migrate_to_chat_id"] = newChatId });

    public static FakeBotError ServerError(int statusCode = 500) => Envelope(statusCode, "Internal Server Error");

    /// <summary>What a proxy in front of the Bot API might answer: HTML, not the envelope.</summary>
    public static FakeBotError NotJson(int statusCode = 502) => new(statusCode, "<html><body>502 Bad Gateway</body></html>");

    /// <summary>The connection is dropped without an answer.</summary>
    public static FakeBotError Network() => new(0, "", Disconnect: true);

    public static FakeBotError Envelope(int errorCode, string description, JsonObject? parameters = null)
    {
        var body = new JsonObject { ["ok"] = false, ["error_code"] = errorCode, ["description"] = description };
        if (parameters is not null)
        {
            body["parameters"] = parameters;
        }

        return new FakeBotError(errorCode, body.ToJsonString());
    }
}

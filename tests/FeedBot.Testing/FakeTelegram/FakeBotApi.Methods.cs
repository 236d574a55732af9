using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace FeedBot.Testing.FakeTelegram;

/// <summary>The Bot API methods the fake answers, with the checks Telegram makes that matter to FeedBot.</summary>
public sealed partial class FakeBotApi
{
    private static readonly HashSet<string> TelegramTags =
        ["b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre", "tg-spoiler", "span", "blockquote", "tg-emoji"];

    private readonly ConcurrentDictionary<(long Chat, long User), string> _memberStatus = new();
    private readonly ConcurrentDictionary<string, long> _chatIdsByUsername = new(StringComparer.OrdinalIgnoreCase);
    private long _nextMessageId = 1000;
    private int _activeGetUpdates;
    private int _getUpdatesConflicts;

    /// <summary>getUpdates calls made while another was in progress (two pollers with one token), answered 409.</summary>
    public int GetUpdatesConflicts => Volatile.Read(ref _getUpdatesConflicts);

    /// <summary>getChatMember answers <paramref name="status"/> (default "member") for this user in this chat.</summary>
    public void SetMemberStatus(long chatId, long userId, string status) => _memberStatus[(chatId, userId)] = status;

    /// <summary>getChat resolves <paramref name="username"/> (with @) to a channel with this id.</summary>
    public void AddChannel(string username, long chatId) => _chatIdsByUsername[username] = chatId;

    private Task AnswerAsync(HttpContext context, string method, JsonObject body) => method switch
    {
        "getMe" => OkAsync(context, new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "FeedBot", ["username"] = BotUsername }),
        "getUpdates" => GetUpdatesAsync(context, body),
        "sendMessage" or "sendPhoto" or "editMessageText" => SendAsync(context, method, body),
        "answerCallbackQuery" or "setMyCommands" or "setWebhook" or "deleteWebhook" => OkAsync(context, true),
        "getWebhookInfo" => OkAsync(context, new JsonObject { ["url"] = "", ["has_custom_certificate"] = false, ["pending_update_count"] = PendingCount }),
        "getChat" => GetChatAsync(context, body),
        "getChatMember" => OkAsync(context, new JsonObject
        {
            ["status"] = _memberStatus.GetValueOrDefault(((long?)body["chat_id"] ?? 0, (long?)body["user_id"] ?? 0), "member"),
            ["user"] = new JsonObject { ["id"] = (long?)body["user_id"], ["is_bot"] = false, ["first_name"] = "User" },
        }),
        _ => WriteAsync(context, FakeBotError.Envelope(404, "Not Found: method not found")),
    };

    /// <summary>getUpdates while another is still waiting: Telegram answers 409 (counted in <see cref="GetUpdatesConflicts"/>).</summary>
    private async Task GetUpdatesAsync(HttpContext context, JsonObject body)
    {
        if (Interlocked.Increment(ref _activeGetUpdates) > 1)
        {
            Interlocked.Decrement(ref _activeGetUpdates);
            Interlocked.Increment(ref _getUpdatesConflicts);
            await WriteAsync(context, FakeBotError.Conflict());
            return;
        }

        try
        {
            var json = await TakeUpdatesAsync((long?)body["offset"], (int?)body["timeout"] ?? 0, context.RequestAborted);
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync($"{{\"ok\":true,\"result\":{json}}}");
        }
        finally
        {
            Interlocked.Decrement(ref _activeGetUpdates);
        }
    }

    private Task GetChatAsync(HttpContext context, JsonObject body)
    {
        var chat = body["chat_id"]?.ToString() ?? "";
        if (_chatIdsByUsername.TryGetValue(chat, out var id) || long.TryParse(chat, CultureInfo.InvariantCulture, out id))
        {
            return OkAsync(context, new JsonObject { ["id"] = id, ["type"] = "channel", ["title"] = $"Channel {chat}", ["username"] = chat.TrimStart('@') });
        }

        return WriteAsync(context, FakeBotError.ChatNotFound());
    }

    private async Task SendAsync(HttpContext context, string method, JsonObject body)
    {
        var answer = Answer(method, body);
        if (answer.Error is null && method != "editMessageText")
        {
            RecordDelivered(method, body);
            if (ResponseLatency > TimeSpan.Zero)
            {
                await Task.Delay(ResponseLatency, context.RequestAborted);
            }
        }

        await (answer.Error is { } error ? WriteAsync(context, error) : OkAsync(context, answer.Result));
    }

    private (FakeBotError? Error, JsonObject? Result) Answer(string method, JsonObject body)
    {
        var text = (string?)body["text"] ?? (string?)body["caption"] ?? "";
        var limit = method == "sendPhoto" ? 1024 : 4096;
        if (body["chat_id"] is null || (method != "sendPhoto" && text.Length == 0))
        {
            return (FakeBotError.BadRequest(body["chat_id"] is null ? "chat_id is empty" : "message text is empty"), null);
        }

        var html = IsHtml(body);
        if (html && UnknownTag(text) is { } tag)
        {
            return (FakeBotError.BadRequest($"can't parse entities: Unsupported start tag \"{tag}\""), null);
        }

        var visible = html ? WebUtility.HtmlDecode(AnyTag().Replace(text, "")) : text;
        if (visible.EnumerateRunes().Count() > limit)
        {
            return (FakeBotError.BadRequest(method == "sendPhoto" ? "message caption is too long" : "message is too long"), null);
        }

        var chatId = (long)body["chat_id"]!;
        if (method != "editMessageText" && TopicError(chatId, body) is { } topicError)
        {
            return (topicError, null);
        }

        var message = new JsonObject
        {
            ["message_id"] = (long?)body["message_id"] ?? Interlocked.Increment(ref _nextMessageId),
            ["from"] = new JsonObject { ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "FeedBot", ["username"] = BotUsername },
            ["date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = chatId < 0 ? "supergroup" : "private" },
            [method == "sendPhoto" ? "caption" : "text"] = visible,
        };
        if (method == "editMessageText")
        {
            // As Telegram answers the edit of a bot's own message: the edited Message, with its new buttons.
            message["edit_date"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        }

        if (body["reply_markup"] is JsonNode markup)
        {
            message["reply_markup"] = markup.DeepClone();
        }

        return (null, InTopic(message, (int?)body["message_thread_id"]));
    }

    /// <summary>Telegram reads parse_mode without regard to case (Telegram.Bot sends "Html").</summary>
    private static bool IsHtml(JsonObject body) => string.Equals((string?)body["parse_mode"], "HTML", StringComparison.OrdinalIgnoreCase);

    private static string? UnknownTag(string html) =>
        AnyTag().Matches(html).Select(m => m.Groups[1].Value.ToLowerInvariant()).FirstOrDefault(t => !TelegramTags.Contains(t));

    [GeneratedRegex("</?([A-Za-z][A-Za-z0-9-]*)[^>]*>")]
    private static partial Regex AnyTag();
}

using System.Text.Json.Nodes;

namespace FeedBot.Testing.FakeTelegram;

/// <summary>Queued user updates, handed out by getUpdates as Telegram does (offset confirms, timeout long-polls).</summary>
public sealed partial class FakeBotApi
{
    private readonly List<(long Id, string Json)> _pending = [];
    private readonly Dictionary<long, string> _history = [];
    private long _nextUpdateId = 100;
    private TaskCompletionSource _arrived = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>A text message from a user (in a private chat unless <paramref name="chatType"/> says otherwise).</summary>
    public long SendText(long chatId, string text, long? fromId = null, string languageCode = "vi", string chatType = "private") =>
        Enqueue("message", Message(chatId, chatType, fromId ?? chatId, languageCode, text));

    /// <summary>
    /// A press on an inline button of the bot's message <paramref name="messageId"/>: in a private chat, or by
    /// <paramref name="fromId"/> in a supergroup (inside the forum topic <paramref name="threadId"/> when given).
    /// </summary>
    public long PressButton(long chatId, long messageId, string data, string languageCode = "vi", long? fromId = null, int? threadId = null) =>
        Enqueue("callback_query", new JsonObject
        {
            ["id"] = $"cb-{Interlocked.Increment(ref _nextMessageId)}",
            ["from"] = From(fromId ?? chatId, languageCode),
            ["message"] = InTopic(Message(chatId, chatId > 0 ? "private" : "supergroup", BotId, languageCode, "…", messageId), threadId),
            ["chat_instance"] = "1",
            ["data"] = data,
        });

    /// <summary>The bot's membership changed, e.g. "member" → "kicked" when a user blocks the bot.</summary>
    public long ChangeMembership(long chatId, string oldStatus, string newStatus, string chatType = "private") =>
        Enqueue("my_chat_member", new JsonObject
        {
            ["chat"] = Chat(chatId, chatType),
            ["from"] = From(chatId, "vi"),
            ["date"] = 1751241600,
            ["old_chat_member"] = new JsonObject { ["status"] = oldStatus, ["user"] = From(BotId, "vi") },
            ["new_chat_member"] = new JsonObject { ["status"] = newStatus, ["user"] = From(BotId, "vi") },
        });

    /// <summary>An update whose field is <paramref name="kind"/> with any JSON value (unknown kinds, malformed shapes).</summary>
    public long Enqueue(string kind, JsonNode? value) => Add(id => new JsonObject { ["update_id"] = id, [kind] = value }.ToJsonString());

    /// <summary>An element given verbatim (e.g. without update_id); it is dropped once an offset passes the id it is filed under.</summary>
    public long EnqueueRaw(string elementJson) => Add(_ => elementJson);

    /// <summary>An element built from the id it is filed under (a malformed update that names its own id).</summary>
    public long EnqueueRaw(Func<long, string> elementJson) => Add(elementJson);

    /// <summary>Offers an earlier update again, as Telegram does when no getUpdates confirmed it (the bot stopped
    /// right after handling it); a bot that kept its offset drops it, one that did not handles it twice.</summary>
    public void Requeue(long updateId)
    {
        lock (_gate)
        {
            _pending.Insert(0, (updateId, _history[updateId]));
            _arrived.TrySetResult();
        }
    }

    private long Add(Func<long, string> json)
    {
        lock (_gate)
        {
            var id = _nextUpdateId++;
            _history[id] = json(id);
            _pending.Add((id, _history[id]));
            _arrived.TrySetResult();
            return id;
        }
    }

    /// <summary>Updates not yet confirmed by an offset.</summary>
    public int PendingCount
    {
        get
        {
            lock (_gate)
            {
                return _pending.Count;
            }
        }
    }

    private async Task<string> TakeUpdatesAsync(long? offset, int timeoutSeconds, CancellationToken aborted)
    {
        var deadline = DateTime.UtcNow.AddSeconds(Math.Clamp(timeoutSeconds, 0, 50));
        while (true)
        {
            Task arrived;
            lock (_gate)
            {
                _pending.RemoveAll(u => offset is not null && u.Id < offset);
                if (_pending.Count > 0 || DateTime.UtcNow >= deadline)
                {
                    return $"[{string.Join(',', _pending.Take(100).Select(u => u.Json))}]";
                }

                if (_arrived.Task.IsCompleted)
                {
                    _arrived = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                }

                arrived = _arrived.Task;
            }

            var remaining = deadline - DateTime.UtcNow;
            await Task.WhenAny(arrived, Task.Delay(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero, aborted));
            aborted.ThrowIfCancellationRequested();
        }
    }

    private static JsonObject Message(long chatId, string chatType, long fromId, string languageCode, string text, long messageId = 1) => new()
    {
        ["message_id"] = messageId,
        ["from"] = From(fromId, languageCode),
        ["chat"] = Chat(chatId, chatType),
        ["date"] = 1751241600,
        ["text"] = text,
    };

    private static JsonObject From(long id, string languageCode) => new()
    {
        ["id"] = id,
        ["is_bot"] = false,
        ["first_name"] = $"User {id}",
        ["language_code"] = languageCode,
    };

    private static JsonObject Chat(long id, string type) => type == "private"
        ? new JsonObject { ["id"] = id, ["type"] = type, ["first_name"] = $"User {id}" }
        : new JsonObject { ["id"] = id, ["type"] = type, ["title"] = $"Group {id}" };
}

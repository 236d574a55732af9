using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace FeedBot.Testing.FakeTelegram;

/// <summary>
/// Forum topics: supergroups with topics (<see cref="CreateTopic"/>), messages from users inside a topic, and what
/// Telegram answers a send with <c>message_thread_id</c> (400 "message thread not found" for a thread the chat does not
/// have, TOPIC_CLOSED for a closed topic, TOPIC_DELETED for a deleted one). Every send's thread is in its recorded body.
/// </summary>
public sealed partial class FakeBotApi
{
    private readonly ConcurrentDictionary<(long Chat, int Thread), FakeTopicState> _topics = new();
    private int _nextThreadId = 40;

    /// <summary>Opens a new topic in the supergroup <paramref name="chatId"/> (which becomes a forum); returns its message_thread_id.</summary>
    public int CreateTopic(long chatId)
    {
        var thread = Interlocked.Increment(ref _nextThreadId);
        _topics[(chatId, thread)] = FakeTopicState.Open;
        return thread;
    }

    public void CloseTopic(long chatId, int threadId) => _topics[(chatId, threadId)] = FakeTopicState.Closed;

    public void ReopenTopic(long chatId, int threadId) => _topics[(chatId, threadId)] = FakeTopicState.Open;

    public void DeleteTopic(long chatId, int threadId) => _topics[(chatId, threadId)] = FakeTopicState.Deleted;

    /// <summary>A text message from a user inside the forum topic <paramref name="threadId"/> of a supergroup.</summary>
    public long SendTopicText(long chatId, int threadId, string text, long fromId, string languageCode = "vi") =>
        Enqueue("message", InTopic(Message(chatId, "supergroup", fromId, languageCode, text), threadId));

    /// <summary>The error Telegram gives a send into a topic that is not there (or not open); null when it may be sent.</summary>
    private FakeBotError? TopicError(long chatId, JsonObject body)
    {
        var thread = (int?)body["message_thread_id"] ?? 0;
        if (thread == 0)
        {
            return null;
        }

        return _topics.TryGetValue((chatId, thread), out var state) ? state switch
        {
            FakeTopicState.Closed => FakeBotError.BadRequest("TOPIC_CLOSED"),
            FakeTopicState.Deleted => FakeBotError.BadRequest("TOPIC_DELETED"),
            _ => null,
        } : FakeBotError.BadRequest("message thread not found");
    }

    /// <summary>Marks a message as sent in the topic, as Telegram does (<c>message_thread_id</c>, <c>is_topic_message</c>).</summary>
    private static JsonObject InTopic(JsonObject message, int? threadId)
    {
        if (threadId is { } thread and not 0)
        {
            message["message_thread_id"] = thread;
            message["is_topic_message"] = true;
            if (message["chat"] is JsonObject chat)
            {
                chat["is_forum"] = true;
            }
        }

        return message;
    }
}

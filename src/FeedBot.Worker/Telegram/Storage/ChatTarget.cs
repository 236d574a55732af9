namespace FeedBot.Worker.Telegram.Storage;

/// <summary>
/// Where items go: a chat, or one forum topic of a supergroup (<see cref="ThreadId"/> is the topic's
/// <c>message_thread_id</c>; 0 for the chat itself). Subscriptions, follows, pauses and deliveries belong to a target;
/// Telegram's sending limits belong to the chat, shared by its topics.
/// </summary>
public readonly record struct ChatTarget(long ChatId, int ThreadId = 0)
{
    public bool IsTopic => ThreadId != 0;

    /// <summary>The <c>message_thread_id</c> to send with: null for the chat itself.</summary>
    public int? MessageThreadId => IsTopic ? ThreadId : null;

    public override string ToString() => IsTopic ? $"{ChatId}/{ThreadId}" : $"{ChatId}";
}

using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram;

/// <summary>
/// Chat events the delivery reacts to, raised by the bot after the tables changed: /resume (the chat was unpaused;
/// delivery sends what it held back). Moves, blocks and /stop reach delivery through IChatDependents, inside the chat store's unit of work.
/// </summary>
public interface IChatEvents
{
    /// <summary>The chat, or one forum topic of it, was resumed.</summary>
    Task OnResumedAsync(ChatTarget target, CancellationToken cancellationToken);
}

namespace FeedBot.Worker.Telegram;

/// <summary>
/// Chat events the delivery reacts to, raised by the bot after the tables changed: /resume (the chat was unpaused;
/// delivery sends what it held back). /stop needs none: deleting the chat deletes its deliveries (ON DELETE CASCADE).
/// </summary>
public interface IChatEvents
{
    Task OnResumedAsync(long chatId, CancellationToken cancellationToken);
}

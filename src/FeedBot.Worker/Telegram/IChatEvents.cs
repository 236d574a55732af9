namespace FeedBot.Worker.Telegram;

/// <summary>
/// Chat events the delivery reacts to, raised by the bot after the tables changed: /resume (the chat was unpaused;
/// delivery sends what it held back) and /stop (the chat's rows are already deleted; deliveries cascade).
/// Blocked/kicked chats are only marked inactive in <c>telegram_chats</c>.
/// </summary>
public interface IChatEvents
{
    Task OnResumedAsync(long chatId, CancellationToken cancellationToken);

    Task OnStoppedAsync(long chatId, CancellationToken cancellationToken);
}

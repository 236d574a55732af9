namespace FeedBot.Worker.Telegram;

/// <summary>
/// The registration used until delivery registers its own <see cref="IChatEvents"/> (which replaces this one): it only
/// logs, because without delivery there is nothing held back to send and no outbox to clear.
/// </summary>
internal sealed class LoggedChatEvents(ILogger<LoggedChatEvents> logger) : IChatEvents
{
    public Task OnResumedAsync(long chatId, CancellationToken cancellationToken)
    {
        logger.LogDebug("Chat {ChatId} resumed; no delivery is registered", chatId);
        return Task.CompletedTask;
    }

    public Task OnStoppedAsync(long chatId, CancellationToken cancellationToken)
    {
        logger.LogDebug("Chat {ChatId} stopped; no delivery is registered", chatId);
        return Task.CompletedTask;
    }
}

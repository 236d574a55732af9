using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// What a failed send does to its row: 429 waits <c>retry_after</c> (never dropped); 5xx, timeouts and network errors
/// retry with backoff, without limit; 403 deactivates the chat and cancels its rows; a closed or deleted forum topic
/// deactivates that topic and cancels its rows only; a migration moves the chat and
/// resends; "can't parse entities" resends once as plain text; other 400s fail the row; 401 stops delivery.
/// </summary>
public sealed class DeliveryFailureHandler(
    IOutboxStore outbox,
    ITelegramChatStore chats,
    DeliveryPacer pacer,
    DeliveryBackoff backoff,
    DeliveryState state,
    TimeProvider clock,
    ILogger<DeliveryFailureHandler> logger)
{
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    public Task HandleAsync(DeliveryWork work, TelegramApiException error) => error.Kind switch
    {
        TelegramErrorKind.RateLimited => WaitRetryAfterAsync(work, error),
        TelegramErrorKind.Blocked => DeactivateAsync(work, error),
        TelegramErrorKind.Migrated when error.MigrateToChatId is { } to => MigrateAsync(work, to),
        TelegramErrorKind.BadRequest when error.IsCantParseEntities && !work.PlainText => ResendAsPlainTextAsync(work, error),
        TelegramErrorKind.BadRequest when error.IsTopicGone && work.Target.IsTopic => DeactivateTopicAsync(work, error),
        TelegramErrorKind.Unauthorized => StopAsync(error),
        TelegramErrorKind.ServerError or TelegramErrorKind.Network or TelegramErrorKind.Conflict => RetryLaterAsync(work, error.Description),
        _ => FailAsync(work, error),
    };

    private async Task WaitRetryAfterAsync(DeliveryWork work, TelegramApiException error)
    {
        var wait = error.RetryAfter ?? DefaultRetryAfter;
        pacer.OnRateLimited(work.ChatId, wait);
        await outbox.RescheduleAsync(work.Id, clock.GetUtcNow() + wait, error.Description, countsAsAttempt: false, CancellationToken.None);
        logger.LogWarning("Delivery {DeliveryId} to {ChatId} rate limited; retrying after {RetryAfter}", work.Id, work.ChatId, wait);
    }

    private async Task DeactivateAsync(DeliveryWork work, TelegramApiException error)
    {
        await chats.SetActiveAsync(work.ChatId, false, error.Description, CancellationToken.None);
        logger.LogWarning("Chat {ChatId} is gone ({Reason}); marked inactive, its queued deliveries cancelled", work.ChatId, error.Description);
    }

    private async Task DeactivateTopicAsync(DeliveryWork work, TelegramApiException error)
    {
        await chats.DeactivateTopicAsync(work.Target, error.Description, CancellationToken.None);
        logger.LogWarning(
            "Topic {ThreadId} of chat {ChatId} is closed or gone ({Reason}); marked inactive, its queued deliveries cancelled", work.ThreadId, work.ChatId, error.Description);
    }

    private async Task MigrateAsync(DeliveryWork work, long toChatId)
    {
        await chats.MigrateChatAsync(work.ChatId, toChatId, CancellationToken.None);
        pacer.OnMigrated(work.ChatId, toChatId);
        logger.LogInformation("Chat {ChatId} migrated to {NewChatId}; its subscriptions and deliveries moved, resending", work.ChatId, toChatId);
    }

    private async Task ResendAsPlainTextAsync(DeliveryWork work, TelegramApiException error)
    {
        await outbox.RetryAsPlainTextAsync(work.Id, error.Description, CancellationToken.None);
        logger.LogWarning("Delivery {DeliveryId} to {ChatId}: Telegram could not parse the HTML ({Description}); resending as plain text", work.Id, work.ChatId, error.Description);
    }

    private Task StopAsync(TelegramApiException error)
    {
        state.Stop(error.Description);
        logger.LogCritical("Telegram refused the bot token ({Description}); delivery stopped, pending deliveries are kept. Fix FeedBot:Telegram:BotToken and restart.", error.Description);
        return Task.CompletedTask;
    }

    private async Task FailAsync(DeliveryWork work, TelegramApiException error)
    {
        await outbox.MarkFailedAsync(work.Id, error.Description, CancellationToken.None);
        logger.LogWarning("Delivery {DeliveryId} to {ChatId} failed for good: {Description}", work.Id, work.ChatId, error.Description);
    }

    /// <summary>A transient failure: the row is due again after exponential backoff with jitter.</summary>
    public async Task RetryLaterAsync(DeliveryWork work, string reason)
    {
        var delay = backoff.DelayFor(work.Attempts + 1);
        await outbox.RescheduleAsync(work.Id, clock.GetUtcNow() + delay, reason, countsAsAttempt: true, CancellationToken.None);
        logger.LogWarning("Delivery {DeliveryId} to {ChatId} failed ({Reason}); attempt {Attempt}, retrying in {Delay}", work.Id, work.ChatId, reason, work.Attempts + 1, delay);
    }
}

using FeedBot.Worker.Telegram.Api;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// What a failed send does to its row: 429 waits <c>retry_after</c> (never dropped); 5xx, timeouts and network errors
/// retry with backoff, without limit; 403 deactivates the chat and cancels its rows; a migration moves the chat and
/// resends; "can't parse entities" resends once as plain text; other 400s fail the row; 401 stops delivery.
/// </summary>
public sealed class DeliveryFailureHandler(
    OutboxStore outbox,
    ChatOutboxStore chats,
    DeliveryPacer pacer,
    DeliveryBackoff backoff,
    DeliveryState state,
    TimeProvider clock,
    ILogger<DeliveryFailureHandler> logger)
{
    private static readonly TimeSpan DefaultRetryAfter = TimeSpan.FromSeconds(1);

    public async Task HandleAsync(DeliveryWork work, TelegramApiException error)
    {
        var ct = CancellationToken.None;
        switch (error.Kind)
        {
            case TelegramErrorKind.RateLimited:
                var wait = error.RetryAfter ?? DefaultRetryAfter;
                pacer.OnRateLimited(work.ChatId, wait);
                await outbox.RescheduleAsync(work.Id, clock.GetUtcNow() + wait, error.Description, countsAsAttempt: false, ct);
                logger.LogWarning("Delivery {DeliveryId} to {ChatId} rate limited; retrying after {RetryAfter}", work.Id, work.ChatId, wait);
                break;
            case TelegramErrorKind.Blocked:
                var cancelled = await chats.DeactivateAsync(work.ChatId, error.Description, ct);
                logger.LogWarning("Chat {ChatId} is gone ({Reason}); marked inactive, {Cancelled} delivery(ies) cancelled", work.ChatId, error.Description, cancelled);
                break;
            case TelegramErrorKind.Migrated when error.MigrateToChatId is { } to:
                await chats.MigrateAsync(work.ChatId, to, ct);
                pacer.OnMigrated(work.ChatId, to);
                logger.LogInformation("Chat {ChatId} migrated to {NewChatId}; its subscriptions and deliveries moved, resending", work.ChatId, to);
                break;
            case TelegramErrorKind.BadRequest when error.IsCantParseEntities && !work.PlainText:
                await outbox.RetryAsPlainTextAsync(work.Id, error.Description, ct);
                logger.LogWarning("Delivery {DeliveryId} to {ChatId}: Telegram could not parse the HTML ({Description}); resending as plain text", work.Id, work.ChatId, error.Description);
                break;
            case TelegramErrorKind.Unauthorized:
                state.Stop(error.Description);
                logger.LogCritical("Telegram refused the bot token ({Description}); delivery stopped, pending deliveries are kept. Fix FeedBot:Telegram:BotToken and restart.", error.Description);
                break;
            case TelegramErrorKind.ServerError or TelegramErrorKind.Network or TelegramErrorKind.Conflict:
                await RetryLaterAsync(work, error.Description);
                break;
            default:
                await outbox.MarkFailedAsync(work.Id, error.Description, ct);
                logger.LogWarning("Delivery {DeliveryId} to {ChatId} failed for good: {Description}", work.Id, work.ChatId, error.Description);
                break;
        }
    }

    /// <summary>A transient failure: the row is due again after exponential backoff with jitter.</summary>
    public async Task RetryLaterAsync(DeliveryWork work, string reason)
    {
        var delay = backoff.DelayFor(work.Attempts + 1);
        await outbox.RescheduleAsync(work.Id, clock.GetUtcNow() + delay, reason, countsAsAttempt: true, CancellationToken.None);
        logger.LogWarning("Delivery {DeliveryId} to {ChatId} failed ({Reason}); attempt {Attempt}, retrying in {Delay}", work.Id, work.ChatId, reason, work.Attempts + 1, delay);
    }
}

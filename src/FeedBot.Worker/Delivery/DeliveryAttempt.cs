using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram.Api;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>One send attempt of one outbox row, as <see cref="DeliveryLoop"/> dispatches it.</summary>
internal sealed class DeliveryAttempt(
    IOutboxStore outbox,
    DeliveryPacer pacer,
    DeliveryState state,
    DeliverySender sender,
    DeliveryFailureHandler failures,
    DeliveryMetrics metrics,
    IOptions<DeliveryOptions> options,
    TimeProvider clock,
    ILogger<DeliveryAttempt> logger)
{
    /// <summary>How often a full-format row waiting for its article looks again.</summary>
    private static readonly TimeSpan ArticleRecheck = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Reads the row as it is now (it may have been cancelled, held or moved), waits for its slot, sends it and records
    /// the outcome at once. A full-format item whose article is still being fetched waits for it (not an attempt); the
    /// item's tags are read only once it is to be sent, not on each of those re-checks.
    /// </summary>
    public async Task RunAsync(DueDelivery row, CancellationToken stoppingToken)
    {
        var work = await outbox.LoadAsync(row.Id, CancellationToken.None);
        if (work is null || work.Status != "pending" || !work.IsActive || state.IsStopped)
        {
            return;
        }

        if (work.IsPaused && !work.IsNotice)
        {
            await outbox.HoldAsync(row.Id, CancellationToken.None);
            return;
        }

        if (work.WaitsForArticle(clock.GetUtcNow(), TimeSpan.FromSeconds(options.Value.ArticleWaitSeconds)))
        {
            await outbox.RescheduleAsync(row.Id, clock.GetUtcNow() + ArticleRecheck, "waiting for the article text (full format)", countsAsAttempt: false, CancellationToken.None);
            return;
        }

        var personIds = work.ItemId is { } itemId ? await outbox.GetPersonIdsAsync(itemId, CancellationToken.None) : [];
        await pacer.AcquireAsync(work.ChatId, work.Kind, stoppingToken);
        try
        {
            var messageId = await sender.SendAsync(work, personIds, CancellationToken.None);
            await outbox.MarkSentAsync(row.Id, messageId, CancellationToken.None);
            metrics.Count("sent");
        }
        catch (TelegramApiException ex)
        {
            await failures.HandleAsync(work, ex);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Delivery {DeliveryId} to {ChatId} failed unexpectedly; retrying later", row.Id, work.ChatId);
            await failures.RetryLaterAsync(work, $"{ex.GetType().Name}: {ex.Message}");
        }
    }
}

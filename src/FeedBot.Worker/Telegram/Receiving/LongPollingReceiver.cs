using FeedBot.Worker.Cluster;
using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Storage;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace FeedBot.Worker.Telegram.Receiving;

/// <summary>
/// getUpdates in a loop from the stored offset (long poll of PollTimeoutSeconds). Each update is handled and its
/// offset stored before the next, with a token the shutdown does not cancel, so a restart neither loses nor repeats
/// one; after the batch the offset moves past its unreadable elements too (<see cref="BatchOffset"/>). Failures wait
/// (409 Conflict: ConflictBackoffSeconds; others: exponential back-off), never spin; so does a batch that moved the
/// offset nowhere (updates without a readable update_id, before any offset is known). Only the cluster's
/// <see cref="ClusterRole.UpdateReceiver"/> polls (Telegram answers 409 to a second caller); when the role is lost its
/// pending getUpdates is cancelled at once, and the next holder goes on from the shared offset.
/// </summary>
public sealed class LongPollingReceiver(
    ITelegramBotClient client, ITelegramStateStore state, UpdateProcessor processor, IClusterLeadership leadership,
    IOptions<TelegramOptions> options, TimeProvider clock, ILogger<LongPollingReceiver> logger)
{
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            var term = await leadership.AcquireAsync(ClusterRole.UpdateReceiver, stoppingToken);
            using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, term);
            await ReceiveAsync(held.Token);
        }
    }

    private async Task ReceiveAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var progressed = await PollOnceAsync(stoppingToken);
                failures = progressed ? 0 : failures + 1;
                if (!progressed)
                {
                    logger.LogWarning("getUpdates returned only updates without a readable update_id; waiting before asking again");
                    await DelayAsync(RetryDelay.After(new InvalidDataException(), failures, options.Value), stoppingToken);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                await WaitAfterFailureAsync(ex, ++failures, stoppingToken);
            }
        }
    }

    /// <summary>One getUpdates and its updates; false when the batch was not empty but the offset did not move.</summary>
    private async Task<bool> PollOnceAsync(CancellationToken stoppingToken)
    {
        var offset = await state.GetUpdateOffsetAsync(stoppingToken);
        var updates = await client.GetUpdatesOneByOneAsync(offset, options.Value.PollTimeoutSeconds, UpdateProcessor.AllowedUpdates, stoppingToken);
        foreach (var update in updates.TakeWhile(_ => !stoppingToken.IsCancellationRequested))
        {
            await processor.ProcessAsync(update, CancellationToken.None);
        }

        if (!stoppingToken.IsCancellationRequested && BatchOffset.After(offset, updates) is long next)
        {
            // Past the unreadable elements too (each update handled above already moved it past itself).
            await state.SaveUpdateOffsetAsync(next, CancellationToken.None);
        }

        return updates.Count == 0 || stoppingToken.IsCancellationRequested || await state.GetUpdateOffsetAsync(CancellationToken.None) != offset;
    }

    private async Task WaitAfterFailureAsync(Exception ex, int failures, CancellationToken stoppingToken)
    {
        var delay = RetryDelay.After(ex, failures, options.Value);
        switch ((ex as TelegramApiException)?.Kind)
        {
            case TelegramErrorKind.Conflict:
                logger.LogError("getUpdates got 409 Conflict: another instance is polling with this bot token, or a webhook is set. Waiting {Delay} before trying again", delay);
                break;
            case TelegramErrorKind.Unauthorized:
                logger.LogError(ex, "Telegram rejected the bot token (FeedBot:Telegram:BotToken). Waiting {Delay} before trying again", delay);
                break;
            default:
                logger.LogWarning(ex, "getUpdates failed ({Failures} in a row). Waiting {Delay} before trying again", failures, delay);
                break;
        }

        await DelayAsync(delay, stoppingToken);
    }

    private async Task DelayAsync(TimeSpan delay, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Delay(delay, clock, stoppingToken);
        }
        catch (OperationCanceledException)
        {
            // Shutting down.
        }
    }
}

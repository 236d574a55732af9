using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Storage;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Telegram.Receiving;

/// <summary>
/// getUpdates in a loop from the stored offset (long poll of PollTimeoutSeconds). Each update is handled and its
/// offset stored before the next, with a token the shutdown does not cancel, so a restart neither loses nor repeats
/// one. Failures wait (409 Conflict: ConflictBackoffSeconds; others: exponential back-off), never spin.
/// </summary>
public sealed class LongPollingReceiver(
    ITelegramBotClient client, TelegramStateStore state, UpdateProcessor processor, IOptions<TelegramOptions> options,
    TimeProvider clock, ILogger<LongPollingReceiver> logger)
{
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            IReadOnlyList<ReceivedUpdate> updates;
            try
            {
                var offset = await state.GetUpdateOffsetAsync(stoppingToken);
                updates = await client.GetUpdatesAsync(offset, options.Value.PollTimeoutSeconds, UpdateProcessor.AllowedUpdates, stoppingToken);
                failures = 0;
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                await WaitAfterFailureAsync(ex, ++failures, stoppingToken);
                continue;
            }

            foreach (var update in updates.TakeWhile(_ => !stoppingToken.IsCancellationRequested))
            {
                await processor.ProcessAsync(update, CancellationToken.None);
            }
        }
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

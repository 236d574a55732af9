using FeedBot.Worker.Telegram.Api;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Telegram.Receiving;

/// <summary>
/// Runs the bot: off (logged once) without a token; else start-up, then long polling or the webhook queue.
/// Feeds and jobs do not depend on it.
/// </summary>
internal sealed class TelegramBotService(
    BotStartup startup, LongPollingReceiver polling, WebhookQueue webhook, UpdateProcessor processor,
    IOptions<TelegramOptions> options, ILogger<TelegramBotService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Telegram bot is off: {Key} is not set (feeds keep working)", $"{TelegramOptions.SectionName}:BotToken");
            return;
        }

        try
        {
            await startup.RunAsync(stoppingToken);
            if (options.Value.Mode == TelegramMode.LongPolling)
            {
                await polling.RunAsync(stoppingToken);
                return;
            }

            await foreach (var update in webhook.ReadAllAsync(stoppingToken))
            {
                await ProcessWebhookUpdateAsync(update);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            logger.LogDebug("Telegram bot stopped");
        }
    }

    private async Task ProcessWebhookUpdateAsync(ReceivedUpdate update)
    {
        try
        {
            await processor.ProcessAsync(update, CancellationToken.None);
        }
        catch (Exception ex)
        {
            // The store failed (the handler's own failures are caught inside); the update is not confirmed.
            logger.LogError(ex, "Webhook update {UpdateId} could not be processed", update.UpdateId);
        }
    }
}

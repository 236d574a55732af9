using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Conversation;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace FeedBot.Worker.Telegram.Receiving;

/// <summary>
/// Start-up calls, retried with back-off until they succeed: getMe, setMyCommands (Vietnamese as the default list,
/// English for en), the configured channels, then setWebhook with the secret (Webhook mode) or deleteWebhook
/// (long polling, which a set webhook would block with 409).
/// </summary>
public sealed class BotStartup(
    ITelegramBotClient client, BotProfile profile, CommandMenu menu, ChannelMaterializer channels,
    IOptions<TelegramOptions> options, TimeProvider clock, ILogger<BotStartup> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                await StartOnceAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var delay = RetryDelay.After(ex, failures, options.Value);
                logger.LogError(ex, "Telegram bot start-up failed (attempt {Attempt}); trying again in {Delay}", failures, delay);
                await Task.Delay(delay, clock, cancellationToken);
            }
        }
    }

    private async Task StartOnceAsync(CancellationToken cancellationToken)
    {
        var o = options.Value;
        var me = await profile.GetAsync(cancellationToken);
        logger.LogInformation("Telegram bot @{Username} ({BotId}) starting in {Mode} mode", me.Username, me.Id, o.Mode);
        await client.SetMyCommands(menu.For(BotTexts.Vietnamese), cancellationToken: cancellationToken);
        await client.SetMyCommands(menu.For(BotTexts.English), languageCode: BotTexts.English, cancellationToken: cancellationToken);
        await channels.MaterializeAsync(cancellationToken);
        if (o.Mode == TelegramMode.Webhook)
        {
            await client.SetWebhook(
                o.WebhookUrl!, allowedUpdates: UpdateProcessor.AllowedUpdateTypes, secretToken: o.WebhookSecret, cancellationToken: cancellationToken);
            logger.LogInformation("Webhook set to {WebhookUrl}", o.WebhookUrl);
        }
        else
        {
            await client.DeleteWebhook(dropPendingUpdates: false, cancellationToken);
        }
    }
}

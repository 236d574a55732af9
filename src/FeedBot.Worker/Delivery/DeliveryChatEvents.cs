using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Delivery's side of the bot's chat events: /resume releases the held rows (the newest <c>ResumeNewestPerSource</c> per
/// source) and tells the chat how many were skipped.
/// </summary>
internal sealed class DeliveryChatEvents(
    IChatOutboxStore chats,
    OutboxNotices notices,
    DeliverySignal signal,
    IOptions<DeliveryOptions> options,
    ILogger<DeliveryChatEvents> logger) : IChatEvents
{
    public async Task OnResumedAsync(long chatId, CancellationToken cancellationToken)
    {
        var newest = options.Value.ResumeNewestPerSource;
        var skipped = await chats.ReleaseHeldAsync(chatId, newest, cancellationToken);
        if (skipped > 0)
        {
            await notices.EnqueueAsync(chatId, language => DeliveryTexts.ResumeSkipped(language, skipped, newest), cancellationToken);
        }

        logger.LogInformation("Chat {ChatId} resumed: held deliveries released, {Skipped} older skipped", chatId, skipped);
        signal.Notify();
    }
}

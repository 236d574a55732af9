using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram;
using FeedBot.Worker.Telegram.Storage;
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
    public async Task OnResumedAsync(ChatTarget target, CancellationToken cancellationToken)
    {
        var newest = options.Value.ResumeNewestPerSource;
        var skipped = await chats.ReleaseHeldAsync(target, newest, cancellationToken);
        if (skipped > 0)
        {
            await notices.EnqueueAsync(target, language => DeliveryTexts.ResumeSkipped(language, skipped, newest), cancellationToken);
        }

        logger.LogInformation("Chat {ChatId} (topic {ThreadId}) resumed: held deliveries released, {Skipped} older skipped", target.ChatId, target.ThreadId, skipped);
        signal.Notify();
    }
}

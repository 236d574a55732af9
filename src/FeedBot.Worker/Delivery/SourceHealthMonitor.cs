using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Worker.Jobs;
using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Conversation;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// After each poll: a source that failed <c>AlertAfterFailures</c> polls in a row, or whose page yielded no items, raises one
/// alert to the admin chats; the first good poll after that sends one recovery notice. Never one per poll.
/// </summary>
internal sealed class SourceHealthMonitor(
    IItemStore items,
    SourceAlertStore alerts,
    DeliverySignal signal,
    SourceCatalog sources,
    IOptions<TelegramOptions> telegram,
    IOptions<DeliveryOptions> delivery,
    ILogger<SourceHealthMonitor> logger) : IPollObserver
{
    public async Task OnPolledAsync(PollRecord poll, CancellationToken cancellationToken)
    {
        var admins = telegram.Value.AdminChatIds;
        if (!telegram.Value.Enabled || admins.Length == 0)
        {
            return;
        }

        var title = sources.TitleOf(poll.SourceId);
        var failures = (await items.GetSourceStatusesAsync(cancellationToken))
            .FirstOrDefault(s => s.SourceId == poll.SourceId)?.ConsecutiveFailures ?? 0;
        var noItems = poll.HttpStatus is >= 200 and < 300 && poll.ItemsSeen == 0;
        if (noItems || failures >= delivery.Value.AlertAfterFailures)
        {
            await RaiseAsync(poll, admins, noItems ? l => DeliveryTexts.NoItems(l, title) : l => DeliveryTexts.Failing(l, title, failures, poll.Error), cancellationToken);
        }
        else if (poll.Succeeded)
        {
            await ClearAsync(poll, admins, l => DeliveryTexts.Recovered(l, title, poll.FinishedUtc), cancellationToken);
        }
    }

    private async Task RaiseAsync(PollRecord poll, long[] admins, Func<string, string> text, CancellationToken cancellationToken)
    {
        var reason = poll.Error ?? "no items";
        if (await alerts.TransitionAsync(poll.SourceId, true, reason, admins, text, cancellationToken))
        {
            logger.LogWarning("Source {SourceId} is failing ({Reason}); alert queued to {Admins} admin chat(s)", poll.SourceId, reason, admins.Length);
            signal.Notify();
        }
    }

    private async Task ClearAsync(PollRecord poll, long[] admins, Func<string, string> text, CancellationToken cancellationToken)
    {
        if (await alerts.TransitionAsync(poll.SourceId, false, null, admins, text, cancellationToken))
        {
            logger.LogInformation("Source {SourceId} works again; recovery notice queued to {Admins} admin chat(s)", poll.SourceId, admins.Length);
            signal.Notify();
        }
    }
}

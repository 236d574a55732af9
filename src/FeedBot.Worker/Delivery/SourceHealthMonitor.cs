using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Jobs;
using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Conversation;
using FeedBot.Worker.Telegram.Storage;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// After each poll: a source that failed <c>AlertAfterFailures</c> polls in a row, or whose page yielded no items, raises one
/// alert to the admin chats; the first good poll after that sends one recovery notice. Never one per poll.
/// </summary>
internal sealed class SourceHealthMonitor(
    IItemStore items,
    IStoreDatabase database,
    ISourceAlertStore alerts,
    OutboxNotices notices,
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
        if (await TransitionAsync(poll.SourceId, true, reason, admins, text, cancellationToken))
        {
            logger.LogWarning("Source {SourceId} is failing ({Reason}); alert queued to {Admins} admin chat(s)", poll.SourceId, reason, admins.Length);
        }
    }

    private async Task ClearAsync(PollRecord poll, long[] admins, Func<string, string> text, CancellationToken cancellationToken)
    {
        if (await TransitionAsync(poll.SourceId, false, null, admins, text, cancellationToken))
        {
            logger.LogInformation("Source {SourceId} works again; recovery notice queued to {Admins} admin chat(s)", poll.SourceId, admins.Length);
        }
    }

    /// <summary>The state change and its notices in one unit of work, so each alert and recovery is queued exactly once, across restarts.</summary>
    private async Task<bool> TransitionAsync(string sourceId, bool alerting, string? reason, long[] admins, Func<string, string> text, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var changed = await alerts.TryTransitionAsync(unit, sourceId, alerting, reason, cancellationToken);
        if (changed)
        {
            foreach (var chatId in admins)
            {
                await notices.EnqueueAsync(unit, new ChatTarget(chatId), text, cancellationToken);
            }
        }

        await unit.CommitAsync(cancellationToken);
        return changed;
    }
}

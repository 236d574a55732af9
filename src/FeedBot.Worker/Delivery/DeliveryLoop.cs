using FeedBot.Worker.Delivery.Storage;
using System.Collections.Concurrent;
using FeedBot.Worker.Cluster;
using FeedBot.Worker.Telegram.Api;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Sends due outbox rows oldest first with at most <c>Concurrency</c> in flight, each when the pacer gives it a slot.
/// A chat that must wait is passed over (other chats keep flowing); a row's outcome is written as soon as it is known.
/// It sends only while this instance is the cluster's <see cref="ClusterRole.DeliverySender"/> (always, with SQLite), so
/// that this one pacer holds Telegram's limits for the whole bot.
/// </summary>
internal sealed class DeliveryLoop(
    IOutboxStore outbox,
    DeliveryPacer pacer,
    DeliverySignal signal,
    DeliveryState state,
    DeliveryAttempt attempt,
    IClusterLeadership leadership,
    IOptions<DeliveryOptions> options,
    IOptions<TelegramOptions> telegram,
    TimeProvider clock,
    ILogger<DeliveryLoop> logger) : BackgroundService
{
    private readonly ConcurrentDictionary<long, Task> _inFlight = new();
    private readonly SemaphoreSlim _slots = new(options.Value.Concurrency);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!telegram.Value.Enabled)
        {
            return;
        }

        logger.LogInformation("Delivery started: {PerSecond} messages/s overall, {Concurrency} in flight", options.Value.GlobalPerSecond, options.Value.Concurrency);
        try
        {
            while (!stoppingToken.IsCancellationRequested && !state.IsStopped)
            {
                var term = await leadership.AcquireAsync(ClusterRole.DeliverySender, stoppingToken);
                await SendWhileHeldAsync(term, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: rows not yet sent stay pending for the next start (or another instance).
        }
    }

    /// <summary>
    /// Sends until the sender role is lost or the host stops: sends not yet started are abandoned at once (their rows stay
    /// pending for the next sender); those already on the wire finish and record their outcome.
    /// </summary>
    private async Task SendWhileHeldAsync(CancellationToken term, CancellationToken stoppingToken)
    {
        using var held = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, term);
        try
        {
            while (!held.IsCancellationRequested && !state.IsStopped)
            {
                await RunPassAsync(held.Token);
            }
        }
        catch (OperationCanceledException) when (held.IsCancellationRequested)
        {
            // The role was lost or the host is stopping.
        }
        finally
        {
            await Task.WhenAll(_inFlight.Values);
        }

        if (term.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
        {
            logger.LogWarning("Delivery paused: this instance is no longer the cluster's sender; it sends again if elected");
        }
    }

    private async Task RunPassAsync(CancellationToken stoppingToken)
    {
        try
        {
            var (dispatched, chatFreeAt) = await DispatchDueAsync(stoppingToken);
            if (dispatched == 0)
            {
                await WaitForWorkAsync(chatFreeAt, stoppingToken);
            }
        }
        catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Delivery pass failed; retrying shortly");
            await Task.Delay(TimeSpan.FromMilliseconds(options.Value.IdlePollMilliseconds), clock, stoppingToken);
        }
    }

    private async Task<(int Dispatched, DateTimeOffset? ChatFreeAt)> DispatchDueAsync(CancellationToken stoppingToken)
    {
        var due = await outbox.GetDueAsync(options.Value.BatchSize + _inFlight.Count, stoppingToken);
        var dispatched = 0;
        DateTimeOffset? chatFreeAt = null;
        foreach (var row in due.Where(r => !_inFlight.ContainsKey(r.Id)))
        {
            await _slots.WaitAsync(stoppingToken);
            if (state.IsStopped)
            {
                _slots.Release();
                break;
            }

            var decision = pacer.TryClaimChat(row.ChatId);
            if (!decision.IsReserved)
            {
                _slots.Release();
                chatFreeAt = chatFreeAt is { } earliest && earliest < decision.At ? earliest : decision.At;
                continue;
            }

            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _inFlight[row.Id] = done.Task;
            _ = SendAsync(row, done, stoppingToken);
            dispatched++;
        }

        return (dispatched, chatFreeAt);
    }

    /// <summary>
    /// Sleeps until new rows are signalled, a send completes, a waiting chat is free, or the next row is due. Rows already
    /// due were just passed over (in flight, or their chat is busy): a finished send or <paramref name="chatFreeAt"/>
    /// wakes the loop for them, so only future due times count; counting past ones made the loop spin without waiting.
    /// </summary>
    private async Task WaitForWorkAsync(DateTimeOffset? chatFreeAt, CancellationToken stoppingToken)
    {
        var now = clock.GetUtcNow();
        var wait = TimeSpan.FromMilliseconds(options.Value.IdlePollMilliseconds);
        foreach (var at in new[] { chatFreeAt, await outbox.GetNextDueAsync(stoppingToken) })
        {
            if (at is { } time && time > now && time - now < wait)
            {
                wait = time - now;
            }
        }

        if (wait > TimeSpan.Zero)
        {
            await signal.WaitAsync(wait, stoppingToken);
        }
    }

    private async Task SendAsync(DueDelivery row, TaskCompletionSource done, CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            await attempt.RunAsync(row, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Not sent yet: stays pending.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Delivery {DeliveryId} to {ChatId} failed unexpectedly; it stays pending", row.Id, row.ChatId);
        }
        finally
        {
            pacer.ReleaseChat(row.ChatId);
            _inFlight.TryRemove(row.Id, out _);
            _slots.Release();
            signal.Notify();
            done.SetResult();
        }
    }
}

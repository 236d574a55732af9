namespace FeedBot.Worker.Delivery;

/// <summary>Wakes the delivery loop when rows may have become due (new items, a resume, a notice) instead of its idle poll.</summary>
public sealed class DeliverySignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try
        {
            _semaphore.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: one wake-up covers any number of notifications.
        }
    }

    /// <summary>Waits for a notification or until <paramref name="timeout"/>, whichever comes first; true when notified.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);
}

using System.Threading.Channels;
using FeedBot.Worker.Telegram.Api;

namespace FeedBot.Worker.Telegram.Receiving;

/// <summary>Updates posted to /telegram/webhook, queued so the endpoint answers at once; handled one by one in order.</summary>
public sealed class WebhookQueue
{
    public const int Capacity = 1000;

    private readonly Channel<ReceivedUpdate> _channel = Channel.CreateBounded<ReceivedUpdate>(
        new BoundedChannelOptions(Capacity) { SingleReader = true, FullMode = BoundedChannelFullMode.Wait });

    /// <summary>False when the queue is full (the endpoint answers 503 and Telegram retries later).</summary>
    public bool TryEnqueue(ReceivedUpdate update) => _channel.Writer.TryWrite(update);

    public IAsyncEnumerable<ReceivedUpdate> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}

using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Exponential backoff with jitter for transient errors (5xx, timeouts, network): attempt n waits between half and all of
/// <c>min(BackoffMaxSeconds, BackoffBaseSeconds · 2^(n-1))</c>. Attempts are unlimited; the jitter spreads retries out.
/// </summary>
public sealed class DeliveryBackoff
{
    private readonly IOptions<DeliveryOptions> _options;
    private readonly Func<double> _unitRandom;

    public DeliveryBackoff(IOptions<DeliveryOptions> options)
        : this(options, Random.Shared.NextDouble)
    {
    }

    /// <param name="unitRandom">Returns a number in [0, 1); injected so that tests can fix the jitter.</param>
    internal DeliveryBackoff(IOptions<DeliveryOptions> options, Func<double> unitRandom)
    {
        _options = options;
        _unitRandom = unitRandom;
    }

    public TimeSpan DelayFor(int attempt)
    {
        var options = _options.Value;
        var exponent = Math.Min(Math.Max(attempt, 1) - 1, 30);
        var cap = Math.Min(options.BackoffMaxSeconds, options.BackoffBaseSeconds * Math.Pow(2, exponent));
        return TimeSpan.FromSeconds(cap / 2 + (cap / 2 * _unitRandom()));
    }
}

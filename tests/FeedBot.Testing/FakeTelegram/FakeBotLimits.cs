namespace FeedBot.Testing.FakeTelegram;

/// <summary>
/// Telegram's sending limits as the fake enforces them: a send over any of them is answered 429 with <c>retry_after</c>.
/// Each limit is a rate with a burst allowance of <see cref="Tolerance"/> (GCRA), which absorbs loopback scheduling
/// jitter but not a sender that runs over the rate for more than a message or two.
/// </summary>
public sealed record FakeBotLimits
{
    public int GlobalPerSecond { get; init; } = 30;

    public int PrivatePerSecond { get; init; } = 1;

    public int GroupPerMinute { get; init; } = 20;

    public TimeSpan Tolerance { get; init; } = TimeSpan.FromMilliseconds(100);
}

namespace FeedBot.Testing.FakeTelegram;

/// <summary>
/// Telegram's sending limits as the fake enforces them: a send over any of them is answered 429 with <c>retry_after</c>.
/// Each limit is a rate with a burst allowance (GCRA): <see cref="Tolerance"/> per chat, <see cref="GlobalTolerance"/>
/// overall. They absorb loopback scheduling jitter (on a busy 2-core machine a stalled server releases several queued
/// requests at once, so evenly paced sends arrive bunched) but not a sender that runs over the rate: at 32/s against
/// 30/s the global allowance is used up within about 120 messages.
/// </summary>
public sealed record FakeBotLimits
{
    public int GlobalPerSecond { get; init; } = 30;

    public int PrivatePerSecond { get; init; } = 1;

    public int GroupPerMinute { get; init; } = 20;

    public TimeSpan Tolerance { get; init; } = TimeSpan.FromMilliseconds(100);

    public TimeSpan GlobalTolerance { get; init; } = TimeSpan.FromMilliseconds(250);
}

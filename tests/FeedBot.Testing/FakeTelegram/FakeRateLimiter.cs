namespace FeedBot.Testing.FakeTelegram;

/// <summary>
/// The generic cell rate algorithm over the fake's limits: one theoretical arrival time for all sends and one per chat.
/// A send conforms when it arrives no earlier than each TAT minus the tolerance; only conforming sends move the TATs.
/// </summary>
public sealed class FakeRateLimiter(FakeBotLimits limits)
{
    private readonly object _gate = new();
    private readonly Dictionary<long, DateTimeOffset> _chatTat = [];
    private DateTimeOffset _globalTat = DateTimeOffset.UnixEpoch;

    /// <returns>Null when the send conforms; else how long the sender should wait (at least a second, as Telegram says).</returns>
    public TimeSpan? TryAcquire(long chatId, DateTimeOffset now)
    {
        var chatInterval = chatId > 0 ? TimeSpan.FromSeconds(1.0 / limits.PrivatePerSecond) : TimeSpan.FromMinutes(1.0 / limits.GroupPerMinute);
        var globalInterval = TimeSpan.FromSeconds(1.0 / limits.GlobalPerSecond);
        lock (_gate)
        {
            var chatTat = _chatTat.GetValueOrDefault(chatId, DateTimeOffset.UnixEpoch);
            var wait = Max(chatTat - limits.Tolerance - now, _globalTat - limits.GlobalTolerance - now);
            if (wait > TimeSpan.Zero)
            {
                return TimeSpan.FromSeconds(Math.Max(1, Math.Ceiling(wait.TotalSeconds)));
            }

            _chatTat[chatId] = (chatTat > now ? chatTat : now) + chatInterval;
            _globalTat = (_globalTat > now ? _globalTat : now) + globalInterval;
            return null;
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

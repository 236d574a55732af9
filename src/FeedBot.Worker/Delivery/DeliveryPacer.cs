using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Paces sends in advance, as Telegram's limits are measured: at most <c>GlobalPerSecond</c> a second overall, one a
/// second per private chat, <c>GroupPerMinute</c> a minute per group or channel. Each limit is a theoretical arrival
/// time (GCRA) moved on by every send from the moment it actually starts, so a late timer never lets the next send
/// bunch up. A 429's <c>retry_after</c> holds its chat, and everyone when several chats are limited within a second
/// (Telegram's global limit). One message per chat is in flight at a time, and a chat's next send also waits a full
/// chat interval after its previous send ended: Telegram counts arrivals, and a slow request (the process's first,
/// a busy machine) arrives later than it started, so pacing from the start alone can put two arrivals under a second
/// apart. Driven by the injected clock.
/// </summary>
public sealed class DeliveryPacer(IOptions<DeliveryOptions> options, TimeProvider clock)
{
    /// <summary>How far ahead of its exact slot a send may start, to absorb timer lateness without losing rate.</summary>
    public static readonly TimeSpan Allowance = TimeSpan.FromMilliseconds(5);

    private static readonly TimeSpan GlobalLimitWindow = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private readonly Dictionary<long, DateTimeOffset> _chatFreeAt = [];
    private readonly Dictionary<long, TimeSpan> _sendingInterval = [];
    private readonly HashSet<long> _claimed = [];
    private DateTimeOffset _globalFreeAt = DateTimeOffset.UnixEpoch;
    private (long ChatId, DateTimeOffset At) _lastRateLimit = (0, DateTimeOffset.UnixEpoch);

    /// <summary>
    /// The loop's question before it dispatches a row: is the chat free (nothing in flight, not waiting)? If so the chat
    /// is claimed until <see cref="ReleaseChat"/>; if not, the answer says until when (MaxValue while a send is in flight).
    /// </summary>
    public PaceDecision TryClaimChat(long chatId)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            if (_claimed.Contains(chatId))
            {
                return PaceDecision.ChatBusyUntil(DateTimeOffset.MaxValue);
            }

            if (_chatFreeAt.TryGetValue(chatId, out var free) && free > now)
            {
                return PaceDecision.ChatBusyUntil(free);
            }

            _claimed.Add(chatId);
            return PaceDecision.Reserved(now);
        }
    }

    /// <summary>Takes the slot for a send starting now, or says when to ask again.</summary>
    public PaceDecision TryAcquire(long chatId, ChatKind kind)
    {
        var now = clock.GetUtcNow();
        var delivery = options.Value;
        lock (_lock)
        {
            var chatFree = _chatFreeAt.GetValueOrDefault(chatId, DateTimeOffset.UnixEpoch);
            var ready = Max(_globalFreeAt - Allowance, chatFree);
            if (ready > now)
            {
                return PaceDecision.ChatBusyUntil(ready);
            }

            _globalFreeAt = Max(_globalFreeAt, now) + delivery.GlobalInterval;
            var interval = kind == ChatKind.Private ? delivery.PrivateInterval : delivery.GroupInterval;
            _chatFreeAt[chatId] = now + interval;
            _sendingInterval[chatId] = interval;
            return PaceDecision.Reserved(now);
        }
    }

    /// <summary>Waits for the slot of a send to <paramref name="chatId"/> and takes it.</summary>
    public async Task AcquireAsync(long chatId, ChatKind kind, CancellationToken cancellationToken)
    {
        while (TryAcquire(chatId, kind) is { IsReserved: false } wait)
        {
            await Task.Delay(Max(wait.At - clock.GetUtcNow(), TimeSpan.FromMilliseconds(1)), clock, cancellationToken);
        }
    }

    /// <summary>
    /// The send to the chat is over (sent, failed or abandoned): the chat may be claimed again, and when a send took
    /// its slot, not before a chat interval from now.
    /// </summary>
    public void ReleaseChat(long chatId)
    {
        var now = clock.GetUtcNow();
        lock (_lock)
        {
            _claimed.Remove(chatId);
            if (_sendingInterval.Remove(chatId, out var interval))
            {
                _chatFreeAt[chatId] = Max(_chatFreeAt.GetValueOrDefault(chatId, DateTimeOffset.UnixEpoch), now + interval);
            }

            Prune(now);
        }
    }

    /// <summary>
    /// A 429: the chat waits <paramref name="retryAfter"/>; when another chat was limited within the last second too,
    /// the global limit was hit and every chat waits.
    /// </summary>
    public void OnRateLimited(long chatId, TimeSpan retryAfter)
    {
        var now = clock.GetUtcNow();
        var until = now + retryAfter;
        lock (_lock)
        {
            _chatFreeAt[chatId] = Max(until, _chatFreeAt.GetValueOrDefault(chatId, DateTimeOffset.UnixEpoch));
            var (lastChat, lastAt) = _lastRateLimit;
            if (lastChat != chatId && now - lastAt <= GlobalLimitWindow)
            {
                _globalFreeAt = Max(until, _globalFreeAt);
            }

            _lastRateLimit = (chatId, now);
        }
    }

    /// <summary>A migrated chat keeps its pace under its new id.</summary>
    public void OnMigrated(long fromChatId, long toChatId)
    {
        lock (_lock)
        {
            if (_chatFreeAt.Remove(fromChatId, out var free))
            {
                _chatFreeAt[toChatId] = free;
            }
        }
    }

    /// <summary>When every chat may send again; in the past when nothing is waiting.</summary>
    public DateTimeOffset GlobalFreeAt
    {
        get
        {
            lock (_lock)
            {
                return _globalFreeAt;
            }
        }
    }

    private void Prune(DateTimeOffset now)
    {
        if (_chatFreeAt.Count < 4096)
        {
            return;
        }

        foreach (var chatId in _chatFreeAt.Where(p => p.Value <= now).Select(p => p.Key).ToList())
        {
            _chatFreeAt.Remove(chatId);
        }
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}

using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Paces sends in advance: reserves each message a slot at most <c>GlobalPerSecond</c> a second overall and at most one a
/// second per private chat (<c>GroupPerMinute</c> a minute per group or channel), and honours 429 <c>retry_after</c> per
/// chat, and for everyone when several chats are limited at once (Telegram's global limit). Driven by the injected clock.
/// </summary>
public sealed class DeliveryPacer(IOptions<DeliveryOptions> options, TimeProvider clock)
{
    private static readonly TimeSpan GlobalLimitWindow = TimeSpan.FromSeconds(1);
    private readonly Lock _lock = new();
    private readonly Dictionary<long, DateTimeOffset> _chatFreeAt = [];
    private DateTimeOffset _globalFreeAt = DateTimeOffset.MinValue;
    private (long ChatId, DateTimeOffset At) _lastRateLimit = (0, DateTimeOffset.MinValue);

    /// <summary>Reserves the next slot for a message to <paramref name="chatId"/>, unless the chat itself must wait.</summary>
    public PaceDecision Reserve(long chatId, ChatKind kind)
    {
        var now = clock.GetUtcNow();
        var delivery = options.Value;
        lock (_lock)
        {
            if (_chatFreeAt.TryGetValue(chatId, out var chatFree) && chatFree > now)
            {
                return PaceDecision.ChatBusyUntil(chatFree);
            }

            var slot = Max(now, _globalFreeAt);
            _globalFreeAt = slot + delivery.GlobalInterval;
            _chatFreeAt[chatId] = slot + (kind == ChatKind.Private ? delivery.PrivateInterval : delivery.GroupInterval);
            Prune(now);
            return PaceDecision.Reserved(slot);
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
            _chatFreeAt[chatId] = Max(until, _chatFreeAt.GetValueOrDefault(chatId));
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

    /// <summary>When every chat may send again (after a global 429); the past when nothing is blocked.</summary>
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
}

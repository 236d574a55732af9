using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace FeedBot.Testing.FakeTelegram;

/// <summary>
/// What delivery tests need on top of the conversation fake: Telegram's sending limits (<see cref="Limits"/>, answered
/// 429), faults scripted per chat (403, migration, parse errors, 5xx), response latency, and the messages delivered.
/// </summary>
public sealed partial class FakeBotApi
{
    private static readonly string[] SendMethods = ["sendMessage", "sendPhoto"];
    private readonly ConcurrentDictionary<long, ConcurrentQueue<FakeBotError>> _chatFaults = new();
    private readonly ConcurrentQueue<FakeBotCall> _delivered = new();
    private FakeRateLimiter? _limiter;
    private FakeBotLimits? _limits;
    private int _limitViolations;

    /// <summary>Sending limits to enforce; null (the default) enforces none.</summary>
    public FakeBotLimits? Limits
    {
        get => _limits;
        set
        {
            _limits = value;
            _limiter = value is null ? null : new FakeRateLimiter(value);
        }
    }

    /// <summary>How long each send waits before it is answered (after the limits are checked on arrival).</summary>
    public TimeSpan SendLatency { get; set; }

    /// <summary>
    /// How long an accepted send waits before its answer: the message is already delivered, so a sender killed or timing
    /// out meanwhile does not know it (the window in which a crash can cause a duplicate).
    /// </summary>
    public TimeSpan ResponseLatency { get; set; }

    /// <summary>Sends answered 429 because they ran over <see cref="Limits"/>.</summary>
    public int LimitViolations => Volatile.Read(ref _limitViolations);

    /// <summary>Messages and photos Telegram would have shown, in the order they were accepted.</summary>
    public IReadOnlyList<FakeBotCall> Delivered => [.. _delivered];

    /// <summary>The next <paramref name="times"/> sends to <paramref name="chatId"/> fail with <paramref name="error"/>.</summary>
    public void FailChat(long chatId, FakeBotError error, int times = 1)
    {
        var queue = _chatFaults.GetOrAdd(chatId, _ => new ConcurrentQueue<FakeBotError>());
        for (var i = 0; i < times; i++)
        {
            queue.Enqueue(error);
        }
    }

    /// <summary>Limits, latency and per-chat faults of a send; true when it has been answered here.</summary>
    private async Task<bool> InterceptSendAsync(HttpContext context, string method, JsonObject body)
    {
        if (!SendMethods.Contains(method) || body["chat_id"] is not JsonValue chat || !chat.TryGetValue<long>(out var chatId))
        {
            return false;
        }

        if (_limiter?.TryAcquire(chatId, DateTimeOffset.UtcNow) is { } retryAfter)
        {
            Interlocked.Increment(ref _limitViolations);
            await WriteAsync(context, FakeBotError.TooManyRequests((int)retryAfter.TotalSeconds));
            return true;
        }

        if (SendLatency > TimeSpan.Zero)
        {
            await Task.Delay(SendLatency, context.RequestAborted);
        }

        if (_chatFaults.TryGetValue(chatId, out var faults) && faults.TryDequeue(out var fault))
        {
            await WriteAsync(context, fault);
            return true;
        }

        return false;
    }

    private void RecordDelivered(string method, JsonObject body) =>
        _delivered.Enqueue(new FakeBotCall(method, body, DateTimeOffset.UtcNow));
}

using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Logging;
using Microsoft.Extensions.Logging;

namespace FeedBot.Worker.Tests.Telegram.Receiving;

/// <summary>The polling loop under failures: 409 and network/server errors wait instead of spinning, then it recovers.</summary>
public sealed class LongPollingReceiverTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private BotHarness _h = null!;

    public async Task InitializeAsync() => _h = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task GetUpdates_Conflict_LogsClearlyAndBacksOffThenRecovers()
    {
        _h.Bot.FailNext("getUpdates", FakeBotError.Conflict(), times: 1000);
        using var app = _h.CreateApp(logs: _logs);
        _ = app.Server;
        await _h.Bot.WaitForCallAsync(_ => _h.Bot.CallsTo("getUpdates").Count >= 3, TimeSpan.FromSeconds(30));

        var calls = _h.Bot.CallsTo("getUpdates").Take(3).Select(c => c.ReceivedUtc).ToList();
        var gaps = calls.Zip(calls.Skip(1), (a, b) => b - a).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromSeconds(0.9), $"asked again {gap} after a 409 (ConflictBackoffSeconds is 1)"));
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("409 Conflict: another instance is polling"));
        _h.Bot.ClearFaults();
        Assert.Contains("/filter", (await _h.AskAsync(42, "/help")).Text);
    }

    [Fact]
    public async Task GetUpdates_NetworkAndServerErrors_WaitGrowingThenRecover()
    {
        _h.Bot.FailNext("getUpdates", FakeBotError.Network(), times: 2);
        _h.Bot.FailNext("getUpdates", FakeBotError.NotJson(502));
        using var app = _h.CreateApp(logs: _logs);
        _ = app.Server;

        Assert.Contains("/filter", (await _h.AskAsync(42, "/help")).Text);

        var calls = _h.Bot.CallsTo("getUpdates").Take(4).Select(c => c.ReceivedUtc).ToList();
        var gaps = calls.Zip(calls.Skip(1), (a, b) => b - a).ToList();
        Assert.True(gaps[0] >= TimeSpan.FromMilliseconds(150), $"first wait {gaps[0]}");
        Assert.True(gaps[2] >= TimeSpan.FromMilliseconds(600), $"third wait {gaps[2]}");
        Assert.Equal(3, _logs.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.StartsWith("getUpdates failed", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task GetUpdates_OnlyUpdatesWithoutId_WaitsInsteadOfSpinningThenMovesOn()
    {
        using var app = _h.CreateApp(logs: _logs);
        _ = app.Server;
        await _h.Bot.WaitForCallAsync(c => c.Method == "getUpdates");
        var since = DateTimeOffset.UtcNow;

        _h.Bot.EnqueueRaw("""{"message":{"message_id":1}}""");
        await _h.Bot.WaitForCallAsync(_ => _h.Bot.CallsTo("getUpdates").Count(c => c.ReceivedUtc >= since) >= 4, TimeSpan.FromSeconds(30));

        var calls = _h.Bot.CallsTo("getUpdates").Where(c => c.ReceivedUtc >= since).Take(4).Select(c => c.ReceivedUtc).ToList();
        var gaps = calls.Zip(calls.Skip(1), (a, b) => b - a).Skip(1).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(150), $"asked again {gap} after a batch that moved nothing (ErrorBackoffSeconds is 0.2)"));
        Assert.Contains(_logs.Entries, e => e.Message.StartsWith("getUpdates returned only updates without a readable update_id", StringComparison.Ordinal));
        Assert.Contains("/filter", (await _h.AskAsync(42, "/help")).Text);
        Assert.Equal(0, _h.Bot.PendingCount);
    }
}

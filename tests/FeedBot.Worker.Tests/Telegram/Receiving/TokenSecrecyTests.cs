using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Logging;
using FeedBot.Worker.Telegram.Api;

namespace FeedBot.Worker.Tests.Telegram.Receiving;

/// <summary>The bot token is in every request path; no log entry (message, values or exception) may contain it.</summary>
public sealed class TokenSecrecyTests : IAsyncLifetime
{
    private readonly CapturingLoggerProvider _logs = new();
    private BotHarness _h = null!;

    public async Task InitializeAsync() => _h = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Session_WithFailuresOfEveryKind_NeverLogsTheToken()
    {
        _h.Bot.FailNext("getMe", FakeBotError.Unauthorized());
        _h.Bot.FailNext("setMyCommands", FakeBotError.TooManyRequests(1));
        _h.Bot.FailNext("deleteWebhook", FakeBotError.ServerError(500));
        _h.Bot.FailNext("getUpdates", FakeBotError.Network());
        _h.Bot.FailNext("getUpdates", FakeBotError.NotJson(502));
        _h.Bot.FailNext("sendMessage", FakeBotError.Blocked());
        using var app = _h.CreateApp(new Dictionary<string, string?>
        {
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Trace",
        }, logs: _logs);
        _ = app.Server;

        await _h.Bot.WaitForConfirmedAsync(_h.Bot.SendText(42, "/help"), TimeSpan.FromSeconds(20));
        await _h.AskAsync(42, "/sources");

        var kinds = _logs.Entries.Select(e => e.Exception).OfType<TelegramApiException>().Select(e => e.Kind).ToHashSet();
        Assert.Superset(new HashSet<TelegramErrorKind>
        {
            TelegramErrorKind.Unauthorized, TelegramErrorKind.RateLimited, TelegramErrorKind.ServerError,
            TelegramErrorKind.Network, TelegramErrorKind.Blocked,
        }, kinds);
        Assert.True(_logs.Entries.Count > 20, $"only {_logs.Entries.Count} entries were captured");
        Assert.All(_logs.Entries, e => Assert.DoesNotContain(_h.Bot.Token, Render(e)));
        Assert.All(_logs.Entries, e => Assert.DoesNotContain(_h.Bot.Token.Split(':')[1], Render(e)));
    }

    private static string Render(CapturedLog entry) =>
        $"{entry.Category} {entry.Message} {string.Join(' ', entry.Values.Select(v => $"{v.Key}={v.Value}"))} {entry.Exception}";
}

using System.Net;
using FeedBot.Testing.Logging;

namespace FeedBot.Worker.Tests.Telegram.Receiving;

/// <summary>Without a token the bot stays off (said once in the log) while feeds keep polling.</summary>
public sealed class TelegramOffTests : IAsyncLifetime
{
    private BotHarness _h = null!;

    public async Task InitializeAsync() => _h = await BotHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task Start_NoToken_BotOffLoggedOnceFeedsPoll()
    {
        var logs = new CapturingLoggerProvider();
        using var app = _h.CreateApp(new Dictionary<string, string?> { ["FeedBot:Telegram:BotToken"] = "" }, logs: logs);
        _ = app.Server;

        await app.WaitForPollsAsync(1);
        using var client = app.CreateClient();
        var webhook = await client.PostAsync("/telegram/webhook", new StringContent("{}"));

        Assert.Equal(3, await app.ScalarAsync("SELECT COUNT(*) FROM items"));
        Assert.Single(logs.Entries, e => e.Message.Contains("Telegram bot is off: FeedBot:Telegram:BotToken is not set"));
        Assert.Empty(_h.Bot.Calls);
        Assert.Equal(HttpStatusCode.NotFound, webhook.StatusCode);
    }
}

using System.Text;
using FeedBot.Testing.Logging;
using FeedBot.Worker.Telegram;

namespace FeedBot.Worker.Tests.Telegram.Receiving;

/// <summary>One worker host in Webhook mode against the fake Bot API, shared by the cases of a theory.</summary>
public sealed class WebhookBotFixture : IAsyncLifetime
{
    public const string Secret = "s3cr3t-Webhook_Token";
    private long _nextUpdateId = 10_000;

    public BotHarness Harness { get; private set; } = null!;

    public WorkerAppFactory App { get; private set; } = null!;

    public CapturingLoggerProvider Logs { get; } = new();

    public long NextUpdateId() => Interlocked.Increment(ref _nextUpdateId);

    public async Task InitializeAsync()
    {
        Harness = await BotHarness.StartAsync();
        App = Harness.CreateApp(new Dictionary<string, string?>
        {
            ["FeedBot:Telegram:Mode"] = "Webhook",
            ["FeedBot:Telegram:WebhookUrl"] = "https://bot.example.org/telegram/webhook",
            ["FeedBot:Telegram:WebhookSecret"] = Secret,
        }, logs: Logs);
        _ = App.Server;
        await Harness.Bot.WaitForCallAsync(c => c.Method == "setWebhook");
    }

    public async Task<HttpResponseMessage> PostAsync(string body)
    {
        using var client = App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(TelegramEndpoints.SecretHeader, Secret);
        return await client.SendAsync(request);
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Harness.DisposeAsync();
    }
}

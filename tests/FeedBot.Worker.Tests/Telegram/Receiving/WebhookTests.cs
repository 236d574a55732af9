using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FeedBot.Testing.Logging;
using FeedBot.Worker.Telegram;
using Microsoft.Extensions.Logging;

namespace FeedBot.Worker.Tests.Telegram.Receiving;

/// <summary>Webhook mode: setWebhook with the secret at start-up; POST /telegram/webhook checks the secret header.</summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private const string Secret = "s3cr3t-Webhook_Token";
    private readonly CapturingLoggerProvider _logs = new();
    private BotHarness _h = null!;
    private WorkerAppFactory _app = null!;

    public async Task InitializeAsync()
    {
        _h = await BotHarness.StartAsync();
        _app = _h.CreateApp(new Dictionary<string, string?>
        {
            ["FeedBot:Telegram:Mode"] = "Webhook",
            ["FeedBot:Telegram:WebhookUrl"] = "https://bot.example.org/telegram/webhook",
            ["FeedBot:Telegram:WebhookSecret"] = Secret,
        }, logs: _logs);
        _ = _app.Server;
        await _h.Bot.WaitForCallAsync(c => c.Method == "setWebhook");
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        await _h.DisposeAsync();
    }

    [Fact]
    public void Startup_WebhookMode_SetsTheWebhookWithTheSecretAndDoesNotPoll()
    {
        var call = _h.Bot.CallsTo("setWebhook").Single();

        Assert.Equal("https://bot.example.org/telegram/webhook", (string?)call.Body["url"]);
        Assert.Equal(Secret, (string?)call.Body["secret_token"]);
        Assert.Equal(["message", "callback_query", "my_chat_member"], call.Body["allowed_updates"]!.AsArray().Select(n => (string?)n));
        Assert.Empty(_h.Bot.CallsTo("getUpdates"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong")]
    [InlineData("s3cr3t-Webhook_Token ")]
    public async Task Post_WithoutTheRightSecret_Is401AndHandlesNothing(string? secret)
    {
        var response = await PostAsync(Update(500, "/help"), secret);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_h.Replies(8008));
    }

    [Fact]
    public async Task Post_WithTheSecret_Is200AndTheUpdateIsHandledOnceEvenIfRetried()
    {
        var first = await PostAsync(Update(501, "/help"), Secret);
        var retry = await PostAsync(Update(501, "/help"), Secret);
        await _h.Bot.WaitForCallAsync(c => c.Method == "sendMessage" && c.ChatId == 8008);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync(Update(502, "/sources"), Secret)).StatusCode);
        await _h.Bot.WaitForCallAsync(c => c.Method == "sendMessage" && c.Text!.Contains(BotHarness.SourceId));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(2, _h.Replies(8008).Count);
        Assert.Contains(_logs.Entries, e => e.Message == "Skipped update 501: already handled");
    }

    [Fact]
    public async Task Post_BadJson_Is400AndLoggedAndSkipped()
    {
        var response = await PostAsync("{\"update_id\": 77, \"message\": ", Secret);
        await PostAsync(Update(503, "/help"), Secret);
        await _h.Bot.WaitForCallAsync(c => c.Method == "sendMessage" && c.ChatId == 8008);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(_logs.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("not JSON"));
    }

    private async Task<HttpResponseMessage> PostAsync(string json, string? secret)
    {
        using var client = _app.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook") { Content = new StringContent(json, Encoding.UTF8, "application/json") };
        if (secret is not null)
        {
            request.Headers.Add(TelegramEndpoints.SecretHeader, secret);
        }

        return await client.SendAsync(request);
    }

    private static string Update(long id, string text) => new JsonObject
    {
        ["update_id"] = id,
        ["message"] = new JsonObject
        {
            ["message_id"] = 1,
            ["date"] = 1751241600,
            ["text"] = text,
            ["chat"] = new JsonObject { ["id"] = 8008, ["type"] = "private" },
            ["from"] = new JsonObject { ["id"] = 8008, ["is_bot"] = false, ["first_name"] = "A" },
        },
    }.ToJsonString();
}

using System.Net;
using System.Text.Json.Nodes;

namespace FeedBot.Worker.Tests.Telegram.Receiving;

/// <summary>
/// POST /telegram/webhook with updates the bot cannot read: 200 for JSON (Telegram would retry anything else forever),
/// 400 for a body that is not JSON, never 500; each is logged once (a huge one without its body) and skipped, and the
/// good /start after it is answered exactly once.
/// </summary>
public sealed class MalformedWebhookUpdateTests(WebhookBotFixture f) : IClassFixture<WebhookBotFixture>
{
    [Theory]
    [MemberData(nameof(MalformedUpdates.Json), MemberType = typeof(MalformedUpdates))]
    public async Task Post_MalformedUpdate_Is200LoggedOnceAndTheNextStartIsAnsweredOnce(string shape)
    {
        var chat = MalformedUpdates.ChatOf(shape);
        var logged = MalformedUpdates.ReceivingEntries(f.Logs).Count;

        var response = await f.PostAsync(MalformedUpdates.RenderJson(shape, f.NextUpdateId(), chat));
        await AssertStartAnsweredOnceAsync(chat);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertLoggedOnceWithoutTheBody(logged);
    }

    [Theory]
    [MemberData(nameof(MalformedUpdates.NotJson), MemberType = typeof(MalformedUpdates))]
    public async Task Post_BodyNotJson_Is400LoggedOnceAndTheNextStartIsAnsweredOnce(string body)
    {
        var chat = MalformedUpdates.ChatOf(body);
        var logged = MalformedUpdates.ReceivingEntries(f.Logs).Count;

        var response = await f.PostAsync(MalformedUpdates.NotJsonBody(body));
        await AssertStartAnsweredOnceAsync(chat);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        AssertLoggedOnceWithoutTheBody(logged);
    }

    /// <summary>/start then /help (handled in order after it): once /help is answered, /start was answered exactly once.</summary>
    private async Task AssertStartAnsweredOnceAsync(long chat)
    {
        var start = await f.PostAsync(Update(f.NextUpdateId(), chat, "/start"));
        var help = await f.PostAsync(Update(f.NextUpdateId(), chat, "/help"));
        await f.Harness.Bot.WaitForCallAsync(c => c.Method == "sendMessage" && c.ChatId == chat && c.Text!.Contains("/filter"));

        Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        Assert.Equal(HttpStatusCode.OK, help.StatusCode);
        var replies = f.Harness.Replies(chat);
        Assert.Equal(2, replies.Count);
        Assert.Contains("Xin chào", replies[0].Text);
    }

    private void AssertLoggedOnceWithoutTheBody(int loggedBefore)
    {
        var entry = Assert.Single(MalformedUpdates.ReceivingEntries(f.Logs).Skip(loggedBefore));
        Assert.DoesNotContain(new string('x', 300), $"{entry.Message} {string.Join(' ', entry.Values.Values)}");
    }

    private static string Update(long id, long chat, string text) => new JsonObject
    {
        ["update_id"] = id,
        ["message"] = new JsonObject
        {
            ["message_id"] = 1,
            ["date"] = 1751241600,
            ["text"] = text,
            ["chat"] = new JsonObject { ["id"] = chat, ["type"] = "private" },
            ["from"] = new JsonObject { ["id"] = chat, ["is_bot"] = false, ["first_name"] = "A" },
        },
    }.ToJsonString();
}

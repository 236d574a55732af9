namespace FeedBot.Worker.Tests.Telegram.Receiving;

/// <summary>
/// getUpdates batches holding updates the bot cannot read: each is logged once (a huge one without its body) and
/// skipped, the offset moves past it on its own (also when its update_id cannot be read), and the good /start after
/// it is answered exactly once.
/// </summary>
public sealed class MalformedPolledUpdateTests(PollingBotFixture f) : IClassFixture<PollingBotFixture>
{
    [Theory]
    [MemberData(nameof(MalformedUpdates.Json), MemberType = typeof(MalformedUpdates))]
    public async Task Poll_MalformedUpdate_LoggedOnceOffsetMovesPastAndTheNextStartIsAnsweredOnce(string shape)
    {
        var chat = MalformedUpdates.ChatOf(shape);
        var logged = MalformedUpdates.ReceivingEntries(f.Logs).Count;

        var malformed = f.Harness.Bot.EnqueueRaw(id => MalformedUpdates.RenderJson(shape, id, chat));
        await f.Harness.Bot.WaitForConfirmedAsync(malformed);
        var reply = await f.Harness.AskAsync(chat, "/start");

        Assert.Contains("Xin chào", reply.Text);
        Assert.Single(f.Harness.Replies(chat));
        var entry = Assert.Single(MalformedUpdates.ReceivingEntries(f.Logs).Skip(logged));
        Assert.DoesNotContain(new string('x', 300), $"{entry.Message} {string.Join(' ', entry.Values.Values)}");
    }

    [Fact]
    public async Task Poll_BatchWithMalformedUpdatesBetweenGoodOnes_HandlesEveryGoodOne()
    {
        const long chat = 39_000;
        f.Harness.Bot.EnqueueRaw(id => MalformedUpdates.RenderJson("update_id a string", id, chat));
        f.Harness.Bot.SendText(chat, "/start");
        f.Harness.Bot.EnqueueRaw(id => MalformedUpdates.RenderJson("message a string", id, chat));
        f.Harness.Bot.EnqueueRaw(id => MalformedUpdates.RenderJson("true", id, chat));
        var last = f.Harness.Bot.SendText(chat, "/help");

        await f.Harness.Bot.WaitForConfirmedAsync(last);

        var replies = f.Harness.Replies(chat);
        Assert.Equal(2, replies.Count);
        Assert.Contains("Xin chào", replies[0].Text);
        Assert.Contains("/filter", replies[1].Text);
        Assert.Equal(0, f.Harness.Bot.PendingCount);
    }
}

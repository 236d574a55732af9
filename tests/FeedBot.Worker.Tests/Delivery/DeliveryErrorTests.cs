using FeedBot.Feeds.Storage;
using System.Net;
using FeedBot.Testing.FakeTelegram;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>
/// Each Bot API failure of a send, scripted in the fake, and what the worker does with the row and the chat; on SQLite
/// and on PostgreSQL (the subclasses below), so a block and a migration go through both providers' units of work.
/// </summary>
public abstract class DeliveryErrorTests(StorageProvider provider)
{
    private static readonly FakeBotLimits Limits = new();

    [Fact]
    public async Task Send_TooManyRequests_WaitsRetryAfterAndDeliversOnceWithoutCountingAttempts()
    {
        await using var world = await DeliveryWorld.StartAsync(provider: provider, limits: Limits);
        await world.AddChatsAsync([1, 2]);
        world.Bot.FailChat(1, FakeBotError.TooManyRequests(1), times: 2);

        await world.PublishAsync(DeliveryWorld.Article("bai-moi", "Tin mới"));
        await world.WaitForDeliveredAsync(2);

        var calls = world.Bot.CallsTo("sendMessage").Where(c => c.ChatId == 1).ToList();
        Assert.Equal(3, calls.Count);
        Assert.True(calls[2].ReceivedUtc - calls[0].ReceivedUtc >= TimeSpan.FromSeconds(1.9), $"retries came {calls[2].ReceivedUtc - calls[0].ReceivedUtc} after the first 429");
        Assert.Single(world.DeliveredTo(1));
        Assert.Single(world.DeliveredTo(2));
        await AssertRowAsync(world, 1, "sent", attempts: 1);
    }

    [Fact]
    public async Task Send_GlobalLimitBelowTheConfiguredRate_HonoursEvery429AndServesEveryChatOnce()
    {
        await using var world = await DeliveryWorld.StartAsync(provider: provider, limits: new FakeBotLimits { GlobalPerSecond = 10 });
        var chats = Enumerable.Range(1, 20).Select(i => (long)i).ToList();
        await world.AddChatsAsync(chats);

        await world.PublishAsync(DeliveryWorld.Article("bai-moi", "Tin mới"));
        await world.WaitForDeliveredAsync(20);

        Assert.True(world.Bot.LimitViolations > 0, "the fake's global limit was never hit");
        Assert.Equal(chats, world.Bot.Delivered.Select(c => c.ChatId!.Value).Order());
        await world.WaitUntilAsync(async () => await world.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE status = 'sent' AND attempts = 1") == 20, 10, () => "rows sent, 429s not counted");
    }

    [Fact]
    public async Task Send_ServerErrorsAndDroppedConnection_RetriesWithBackoffWhileOtherChatsFlow()
    {
        await using var world = await DeliveryWorld.StartAsync(provider: provider, limits: Limits);
        await world.AddChatsAsync([1, 2, 3, 4, 5]);
        world.Bot.FailChat(1, FakeBotError.ServerError(500), times: 2);
        world.Bot.FailChat(1, FakeBotError.NotJson(502));
        world.Bot.FailChat(1, FakeBotError.Network());

        await world.PublishAsync(DeliveryWorld.Article("bai-moi", "Tin mới"));
        await world.WaitForDeliveredAsync(5);

        Assert.Equal(5, world.Bot.CallsTo("sendMessage").Count(c => c.ChatId == 1));
        Assert.Single(world.DeliveredTo(1));
        Assert.Equal(1, world.Bot.Delivered[^1].ChatId);
        await AssertRowAsync(world, 1, "sent", attempts: 5);
    }

    [Fact]
    public async Task Send_Timeout_RetriesAndDeliversOnce()
    {
        await using var world = await DeliveryWorld.StartAsync(new Dictionary<string, string?> { ["FeedBot:Telegram:HttpTimeoutMarginSeconds"] = "1" }, provider: provider);
        await world.AddChatsAsync([1]);
        world.Bot.SendLatency = TimeSpan.FromSeconds(4);

        await world.PublishAsync(DeliveryWorld.Article("bai-moi", "Tin mới"));
        await world.Bot.WaitForCallAsync(c => c.Method == "sendMessage");
        world.Bot.SendLatency = TimeSpan.Zero;
        await world.WaitForDeliveredAsync(1);

        Assert.Equal(2, world.Bot.CallsTo("sendMessage").Count);
        Assert.Single(world.DeliveredTo(1));
        await AssertRowAsync(world, 1, "sent", attempts: 2);
    }

    [Fact]
    public async Task Send_Forbidden_MarksChatInactiveAndCancelsItsRowsWithTheReason()
    {
        await using var world = await DeliveryWorld.StartAsync(provider: provider);
        await world.AddChatsAsync([1, 2]);
        world.Bot.FailChat(1, FakeBotError.Blocked());

        await world.PublishAsync(DeliveryWorld.Article("bai-1", "Tin 1"));
        await world.WaitUntilAsync(async () => await world.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE status = 'cancelled'") == 1, 10, () => "row cancelled");
        await world.PublishAsync(DeliveryWorld.Article("bai-2", "Tin 2"));
        await world.WaitForDeliveredAsync(2);

        Assert.Equal(0, await world.ScalarAsync("SELECT COUNT(*) FROM telegram_chats WHERE chat_id = 1 AND is_active"));
        Assert.Equal(["Forbidden: bot was blocked by the user"], await world.QueryAsync<string>("SELECT last_error FROM deliveries WHERE chat_id = 1"));
        Assert.Equal(["Forbidden: bot was blocked by the user"], await world.QueryAsync<string>("SELECT inactive_reason FROM telegram_chats WHERE chat_id = 1"));
        Assert.Empty(world.DeliveredTo(1));
        Assert.Equal(2, world.DeliveredTo(2).Count);
    }

    [Fact]
    public async Task Send_GroupMigrated_MovesChatSubscriptionAndRowThenResendsToTheSupergroup()
    {
        await using var world = await DeliveryWorld.StartAsync(provider: provider);
        await world.AddChatsAsync([-5], filter: "tin");
        world.Bot.FailChat(-5, FakeBotError.Migrated(-1_005));

        await world.PublishAsync(DeliveryWorld.Article("bai-moi", "Tin mới"));
        await world.WaitForDeliveredAsync(1);

        Assert.Single(world.DeliveredTo(-1_005));
        Assert.Equal(0, await world.ScalarAsync("SELECT COUNT(*) FROM telegram_chats WHERE chat_id = -5"));
        Assert.Equal(["tin"], await world.QueryAsync<string>("SELECT filter FROM telegram_subscriptions WHERE chat_id = -1005"));
        await world.WaitUntilAsync(async () => await world.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE chat_id = -1005 AND status = 'sent'") == 1, 10, () => "row sent");
    }

    [Fact]
    public async Task Send_CantParseEntities_ResendsOnceAsPlainText()
    {
        await using var world = await DeliveryWorld.StartAsync(provider: provider);
        await world.AddChatsAsync([1]);
        world.Bot.FailChat(1, FakeBotError.BadRequest("can't parse entities: Unsupported start tag \"x\" at byte offset 3"));

        await world.PublishAsync(DeliveryWorld.Article("bai-moi", "Tin <mới> & cũ"));
        await world.WaitForDeliveredAsync(1);

        var calls = world.Bot.CallsTo("sendMessage");
        Assert.Equal(["HTML", null], calls.Select(c => c.ParseMode));
        Assert.StartsWith("Tin <mới> & cũ", world.DeliveredTo(1).Single().Text);
        Assert.Equal(1, await world.ScalarAsync("SELECT plain_text FROM deliveries"));
    }

    [Fact]
    public async Task Send_OtherBadRequest_MarksTheRowFailedWithTheDescription()
    {
        await using var world = await DeliveryWorld.StartAsync(provider: provider);
        await world.AddChatsAsync([1, 2]);
        world.Bot.FailChat(1, FakeBotError.BadRequest("message is too long"));

        await world.PublishAsync(DeliveryWorld.Article("bai-moi", "Tin mới"));
        await world.WaitUntilAsync(async () => await world.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE status IN ('sent', 'failed')") == 2, 10, () => "rows settled");

        Assert.Equal(["Bad Request: message is too long"], await world.QueryAsync<string>("SELECT last_error FROM deliveries WHERE chat_id = 1 AND status = 'failed'"));
        Assert.Single(world.Bot.CallsTo("sendMessage"), c => c.ChatId == 1);
        Assert.Single(world.DeliveredTo(2));
    }

    [Fact]
    public async Task Send_Unauthorized_StopsDeliveryKeepsEveryRowPendingAndReportsUnhealthy()
    {
        await using var world = await DeliveryWorld.StartAsync(new Dictionary<string, string?> { ["FeedBot:Telegram:Delivery:Concurrency"] = "1" }, provider: provider);
        await world.AddChatsAsync([1, 2, 3]);
        world.Bot.FailNext("sendMessage", FakeBotError.Unauthorized());

        await world.PublishAsync(DeliveryWorld.Article("bai-moi", "Tin mới"));
        using var http = world.App.CreateClient();
        await world.WaitUntilAsync(async () => (await (await http.GetAsync("/healthz")).Content.ReadAsStringAsync()).Contains("Delivery stopped", StringComparison.Ordinal), 10, () => "health shows delivery stopped");

        var response = await http.GetAsync("/healthz");
        var health = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("\"status\":\"unhealthy\",\"description\":\"Delivery stopped: Telegram refused the bot token", health);
        Assert.Contains("\"pending\":3", health);
        Assert.Single(world.Bot.CallsTo("sendMessage"));
        Assert.Empty(world.Bot.Delivered);
        Assert.Equal(3, await world.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE status = 'pending'"));
    }

    private static async Task AssertRowAsync(DeliveryWorld world, long chatId, string status, long attempts)
    {
        await world.WaitUntilAsync(async () => await world.ScalarAsync($"SELECT COUNT(*) FROM deliveries WHERE chat_id = {chatId} AND status = '{status}'") == 1, 10, () => $"row of {chatId} {status}");
        Assert.Equal(attempts, await world.ScalarAsync($"SELECT attempts FROM deliveries WHERE chat_id = {chatId}"));
    }
}

public sealed class SqliteDeliveryErrorTests() : DeliveryErrorTests(StorageProvider.Sqlite);

public sealed class PostgresDeliveryErrorTests() : DeliveryErrorTests(StorageProvider.Postgres);

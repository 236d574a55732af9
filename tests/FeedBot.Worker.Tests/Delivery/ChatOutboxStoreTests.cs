using FeedBot.Feeds.Storage;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Telegram.Storage;
using FeedBot.Worker.Delivery;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>Run on SQLite and on PostgreSQL (the subclasses below).</summary>
public abstract class ChatOutboxStoreTests(StorageProvider provider) : IAsyncLifetime
{
    private DeliveryTestHost _host = null!;

    private IChatOutboxStore Store => _host.Get<IChatOutboxStore>();

    public async Task InitializeAsync() => _host = await DeliveryTestHost.StartAsync(provider);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SetActiveAsync_BlockedChat_CancelsPendingAndHeldRowsWithTheReasonKeepingSentOnes()
    {
        await _host.AddChatAsync(1);
        await _host.SubscribeAsync(1, "moh");
        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "A"), DeliveryTestHost.Item("b", "B"), DeliveryTestHost.Item("c", "C"));
        await _host.ExecuteAsync("UPDATE deliveries SET status = 'sent' WHERE id = 1; UPDATE deliveries SET status = 'held' WHERE id = 2");

        await _host.Get<ITelegramChatStore>().SetActiveAsync(1, false, "Forbidden: bot was blocked by the user", default);

        Assert.Equal(0, await _host.ScalarAsync("SELECT is_active FROM telegram_chats WHERE chat_id = 1"));
        var rows = await _host.QueryAsync<(string Status, string? Error)>("SELECT status, last_error FROM deliveries ORDER BY id");
        Assert.Equal([("sent", null), ("cancelled", "Forbidden: bot was blocked by the user"), ("cancelled", "Forbidden: bot was blocked by the user")], rows);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task MigrateChatAsync_GroupBecameSupergroup_MovesChatSubscriptionsAndQueuedRows(bool newIdKnown)
    {
        await _host.AddChatAsync(-5, "group");
        await _host.SubscribeAsync(-5, "moh", "y tế");
        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "Y tế A"));
        await _host.ExecuteAsync("UPDATE deliveries SET next_attempt_utc = 999999999999999");
        if (newIdKnown)
        {
            await _host.AddChatAsync(-1005, "supergroup");
        }

        await _host.Get<ITelegramChatStore>().MigrateChatAsync(-5, -1005, default);

        Assert.Equal(0, await _host.ScalarAsync("SELECT COUNT(*) FROM telegram_chats WHERE chat_id = -5"));
        Assert.Equal(["y tế"], await _host.QueryAsync<string>("SELECT filter FROM telegram_subscriptions WHERE chat_id = -1005"));
        var row = Assert.Single(await _host.QueryAsync<(long ChatId, string Status, long Next)>("SELECT chat_id, status, next_attempt_utc FROM deliveries"));
        Assert.Equal((-1005L, "pending", _host.Clock.GetUtcNow().ToUnixTimeMilliseconds()), row);
    }

    [Fact]
    public async Task ReleaseHeldAsync_ManyHeldRows_ReleasesTheTenNewestPerSourceAndSkipsTheRest()
    {
        await _host.AddChatAsync(1, paused: true);
        await _host.SubscribeAsync(1, "moh");
        await _host.SubscribeAsync(1, "other");
        await _host.SaveAsync("moh", isBackfill: false, [.. Enumerable.Range(1, 13).Select(d => DeliveryTestHost.Item($"m{d}", $"M{d}", day: d))]);
        await _host.SaveAsync("other", isBackfill: false, [.. Enumerable.Range(1, 3).Select(d => DeliveryTestHost.Item($"o{d}", $"O{d}", day: d))]);
        await _host.ExecuteAsync("UPDATE telegram_chats SET is_paused = FALSE");

        var skipped = await Store.ReleaseHeldAsync(new(1), 10, default);

        Assert.Equal(3, skipped);
        var pending = await _host.QueryAsync<string>(
            "SELECT i.item_key FROM deliveries d JOIN items i ON i.id = d.item_id WHERE d.status = 'pending' ORDER BY d.id");
        Assert.Equal([.. Enumerable.Range(4, 10).Select(d => $"m{d}"), "o1", "o2", "o3"], pending);
        Assert.Equal(["m1", "m2", "m3"], await _host.QueryAsync<string>(
            "SELECT i.item_key FROM deliveries d JOIN items i ON i.id = d.item_id WHERE d.status = 'cancelled' AND d.last_error = 'skipped on resume' ORDER BY d.id"));
    }
}

public sealed class SqliteChatOutboxStoreTests() : ChatOutboxStoreTests(StorageProvider.Sqlite);

public sealed class PostgresChatOutboxStoreTests() : ChatOutboxStoreTests(StorageProvider.Postgres);

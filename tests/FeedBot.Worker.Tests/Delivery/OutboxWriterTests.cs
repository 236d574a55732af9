namespace FeedBot.Worker.Tests.Delivery;

/// <summary>The outbox rows written by storing items through the real item store.</summary>
public sealed class OutboxWriterTests : IAsyncLifetime
{
    private DeliveryTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DeliveryTestHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task OnItemsCreated_NewItem_WritesOneRowPerActiveSubscribedChatWhoseFilterMatches()
    {
        await _host.AddChatAsync(1);
        await _host.AddChatAsync(2);
        await _host.AddChatAsync(3);
        await _host.AddChatAsync(4, active: false);
        await _host.AddChatAsync(5, paused: true);
        await _host.AddChatAsync(-1006, "channel");
        await _host.AddChatAsync(7);
        foreach (var (chat, filter) in new (long, string?)[] { (1, null), (2, "vac xin -sởi"), (3, "ung thư"), (4, null), (5, null), (-1006, null) })
        {
            await _host.SubscribeAsync(chat, "moh", filter);
        }

        await _host.SubscribeAsync(7, "other");
        await _host.SaveAsync("moh", isBackfill: true, DeliveryTestHost.Item("old", "Cũ"));

        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "Tiêm Vắc-xin cho trẻ", summary: "Vắc xin phòng bạch hầu"));

        var rows = await _host.QueryAsync<(long ChatId, string Status, long Attempts)>(
            "SELECT chat_id, status, attempts FROM deliveries ORDER BY chat_id");
        Assert.Equal([(-1006L, "pending", 0L), (1L, "pending", 0L), (2L, "pending", 0L), (5L, "held", 0L)], rows);
    }

    [Fact]
    public async Task OnItemsCreated_BackfillEditAndLateSubscriber_WriteNothing()
    {
        await _host.AddChatAsync(1);
        await _host.SubscribeAsync(1, "moh");
        await _host.SaveAsync("moh", isBackfill: true, DeliveryTestHost.Item("a", "A"));
        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("b", "B"));
        await _host.AddChatAsync(2);
        await _host.SubscribeAsync(2, "moh");

        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "A sửa"), DeliveryTestHost.Item("b", "B sửa"));

        var rows = await _host.QueryAsync<(long ChatId, string Key)>(
            "SELECT d.chat_id, i.item_key FROM deliveries d JOIN items i ON i.id = d.item_id");
        Assert.Equal([(1L, "b")], rows);
        Assert.Equal("B sửa", (await _host.QueryAsync<string>("SELECT title FROM items WHERE item_key = 'b'")).Single());
    }

    [Fact]
    public async Task Deliveries_SameItemAndChatTwice_AreRejectedByTheUniqueKey()
    {
        await _host.AddChatAsync(1);
        await _host.SubscribeAsync(1, "moh");
        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "A"));

        var error = await Assert.ThrowsAsync<Microsoft.Data.Sqlite.SqliteException>(() => _host.ExecuteAsync(
            "INSERT INTO deliveries (item_id, chat_id, next_attempt_utc, created_utc) SELECT item_id, chat_id, 0, 0 FROM deliveries"));

        Assert.Contains("UNIQUE", error.Message);
    }
}

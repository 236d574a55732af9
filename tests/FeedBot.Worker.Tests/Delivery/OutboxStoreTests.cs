using FeedBot.Feeds.Storage;
using FeedBot.Testing.Storage.Counting;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Delivery;
using FeedBot.Worker.Telegram;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>Run on SQLite and on PostgreSQL (the subclasses below).</summary>
public abstract class OutboxStoreTests(StorageProvider provider) : IAsyncLifetime
{
    private DeliveryTestHost _host = null!;

    private IOutboxStore Store => _host.Get<IOutboxStore>();

    private StoreCommandLog Log => _host.Get<CountingStoreDatabase>().Log;

    public async Task InitializeAsync()
    {
        _host = await DeliveryTestHost.StartAsync(provider, services: CountingStoreDatabase.Decorate);
        foreach (var chat in new long[] { 1, 2, -3 })
        {
            await _host.AddChatAsync(chat, chat > 0 ? "private" : "supergroup");
            await _host.SubscribeAsync(chat, "moh");
        }
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task GetDueAsync_RescheduledRow_ReturnsDueRowsOldestFirstWithChatKind()
    {
        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "A"));
        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("b", "B"));
        var first = (await Store.GetDueAsync(100, default))[0];
        await Store.RescheduleAsync(first.Id, _host.Clock.GetUtcNow().AddSeconds(10), "HTTP 502", countsAsAttempt: true, default);

        var due = await Store.GetDueAsync(100, default);
        _host.Clock.Advance(TimeSpan.FromSeconds(10));
        var later = await Store.GetDueAsync(100, default);

        Assert.Equal(5, due.Count);
        Assert.DoesNotContain(due, d => d.Id == first.Id);
        Assert.Equal(due.Select(d => d.Id).Order(), due.Select(d => d.Id));
        Assert.All(due, d => Assert.Equal(d.ChatId > 0 ? ChatKind.Private : ChatKind.Group, d.Kind));
        Assert.Equal(first.Id, later[0].Id);
        Assert.Equal((1L, "HTTP 502"), (await _host.QueryAsync<(long, string)>("SELECT attempts, last_error FROM deliveries WHERE id = @Id", first)).Single());
    }

    [Fact]
    public async Task GetDueAsync_PausedAndInactiveChats_HoldsAndCancelsTheirRowsWithTheReason()
    {
        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "A"));
        await _host.ExecuteAsync("UPDATE telegram_chats SET is_paused = TRUE WHERE chat_id = 1");
        await _host.ExecuteAsync("UPDATE telegram_chats SET is_active = FALSE, inactive_reason = 'kicked' WHERE chat_id = -3");

        var due = await Store.GetDueAsync(100, default);

        Assert.Equal([2L], due.Select(d => d.ChatId));
        var rows = await _host.QueryAsync<(long ChatId, string Status, string? Error)>("SELECT chat_id, status, last_error FROM deliveries ORDER BY chat_id");
        Assert.Equal([(-3L, "cancelled", "chat inactive: kicked"), (1L, "held", null), (2L, "pending", null)], rows);
    }

    [Fact]
    public async Task AddItemDeliveriesAsync_251RowsWithDuplicates_ThreeMultiRowInsertsAddingEachRowOnceInOrder()
    {
        var items = await BackfillAsync(50);
        ChatTarget[] targets = [new(1), new(2), new(-3), new(-3, 7), new(-3, 9)];
        var rows = items.SelectMany((item, i) => targets.Select(t => new NewDelivery(item, t, Held: i % 3 == 0))).ToList();
        await AddAsync([rows[10]]);
        Log.Clear();

        var added = await AddAsync([.. rows, rows[0]]);

        Assert.Equal(249, added);
        Assert.Equal(3, Log.Writes.Count);
        Assert.All(Log.Writes, sql => Assert.StartsWith("INSERT INTO deliveries", sql));
        var stored = await _host.QueryAsync<(long ItemId, long ChatId, long ThreadId, string Status)>(
            "SELECT item_id, chat_id, thread_id, status FROM deliveries ORDER BY id");
        var expected = new[] { rows[10] }.Concat(rows.Where((_, i) => i != 10))
            .Select(r => (r.ItemId, r.Target.ChatId, (long)r.Target.ThreadId, r.Held ? "held" : "pending"));
        Assert.Equal(expected, stored);
    }

    [Fact]
    public async Task QueueAsync_RequestedItemsOneAlreadyQueued_OneInsertAddingTheOthersPendingInOrder()
    {
        var items = await BackfillAsync(3);
        var topic = new ChatTarget(-3, 5);
        await AddAsync([new NewDelivery(items[1], topic, Held: false)]);
        Log.Clear();

        var added = await _host.Get<IRequestedItems>().QueueAsync(topic, [items[2], items[1], items[0]], default);

        Assert.Equal(2, added);
        Assert.Single(Log.Writes);
        Assert.Equal([(items[1], "pending"), (items[2], "pending"), (items[0], "pending")],
            await _host.QueryAsync<(long, string)>("SELECT item_id, status FROM deliveries WHERE chat_id = -3 AND thread_id = 5 ORDER BY id"));
    }

    [Fact]
    public async Task MarkSentAsync_Confirmed_RecordsMessageIdAndSentTime()
    {
        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "A"));
        var row = (await Store.GetDueAsync(1, default))[0];
        _host.Clock.Advance(TimeSpan.FromSeconds(3));

        await Store.MarkSentAsync(row.Id, 4242, default);

        var work = await Store.LoadAsync(row.Id, default);
        Assert.Equal("sent", work!.Status);
        Assert.Equal(1, work.Attempts);
        Assert.Equal((4242L, _host.Clock.GetUtcNow().ToUnixTimeMilliseconds()),
            (await _host.QueryAsync<(long, long)>("SELECT message_id, sent_utc FROM deliveries WHERE id = @Id", row)).Single());
        Assert.Equal("A", work.ToItem([]).Title);
    }

    [Fact]
    public async Task RetryAsPlainTextAndMarkFailed_PendingRow_RecordPlainTextThenFailure()
    {
        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "A"));
        var row = (await Store.GetDueAsync(1, default))[0];

        await Store.RetryAsPlainTextAsync(row.Id, "can't parse entities", default);
        var plain = await Store.LoadAsync(row.Id, default);
        await Store.MarkFailedAsync(row.Id, "Bad Request: message is too long", default);

        Assert.True(plain!.PlainText);
        Assert.Equal("pending", plain.Status);
        Assert.Equal(("failed", 2L, "Bad Request: message is too long"),
            (await _host.QueryAsync<(string, long, string)>("SELECT status, attempts, last_error FROM deliveries WHERE id = @Id", row)).Single());
    }

    [Fact]
    public async Task EnqueueAsync_UnknownAdminChat_QueuesTheTextForIt()
    {
        await _host.Get<OutboxNotices>().EnqueueAsync(new(99), language => language == "vi" ? "Cảnh báo" : "Alert", default);

        var due = Assert.Single(await Store.GetDueAsync(10, default));
        var work = await Store.LoadAsync(due.Id, default);

        Assert.Equal(99, due.ChatId);
        Assert.True(work!.IsNotice);
        Assert.Equal("Cảnh báo", work.NoticeText);
    }

    /// <summary>Stores <paramref name="count"/> items as a backfill (which writes no outbox rows) and returns their ids.</summary>
    private async Task<IReadOnlyList<long>> BackfillAsync(int count)
    {
        await _host.SaveAsync("moh", isBackfill: true, [.. Enumerable.Range(1, count).Select(i => DeliveryTestHost.Item($"b{i}", $"B{i}"))]);
        return await _host.QueryAsync<long>("SELECT id FROM items ORDER BY id");
    }

    private async Task<int> AddAsync(IReadOnlyList<NewDelivery> rows)
    {
        await using var unit = await _host.Get<IStoreDatabase>().BeginAsync(default);
        var added = await Store.AddItemDeliveriesAsync(unit, rows, default);
        await unit.CommitAsync(default);
        return added;
    }
}

public sealed class SqliteOutboxStoreTests() : OutboxStoreTests(StorageProvider.Sqlite);

public sealed class PostgresOutboxStoreTests() : OutboxStoreTests(StorageProvider.Postgres);

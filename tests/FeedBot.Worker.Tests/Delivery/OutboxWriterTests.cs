using FeedBot.Feeds.Model;
using FeedBot.Worker.Delivery;
using Microsoft.Extensions.DependencyInjection;
using FeedBot.Feeds.Storage;
using FeedBot.Worker.Delivery.Storage;
namespace FeedBot.Worker.Tests.Delivery;

/// <summary>The outbox rows written by storing items through the real item store.</summary>
/// <summary>Run on SQLite and on PostgreSQL (the subclasses below).</summary>
public abstract class OutboxWriterTests(StorageProvider provider) : IAsyncLifetime
{
    private DeliveryTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DeliveryTestHost.StartAsync(provider);

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
    public async Task OnItemsCreated_NewItem_WakesTheDeliveryLoopOnlyAfterTheCommit()
    {
        var probe = new SignalProbe();
        await using var host = await DeliveryTestHost.StartAsync(provider, services: s => s.AddSingleton<INewItemListener>(probe));
        probe.Signal = host.Get<DeliverySignal>();
        await host.AddChatAsync(1);
        await host.SubscribeAsync(1, "moh");

        await host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "A"));

        Assert.False(probe.SignalledInsideTransaction);
        Assert.True(await host.Get<DeliverySignal>().WaitAsync(TimeSpan.Zero, default));
        Assert.Equal(1, await host.ScalarAsync("SELECT COUNT(*) FROM deliveries"));
    }

    [Fact]
    public async Task OnItemsCreated_UnitOfWorkRolledBack_NeitherRowsNorWakeUp()
    {
        var probe = new SignalProbe { Fail = true };
        await using var host = await DeliveryTestHost.StartAsync(provider, services: s => s.AddSingleton<INewItemListener>(probe));
        await host.AddChatAsync(1);
        await host.SubscribeAsync(1, "moh");

        await Assert.ThrowsAsync<InvalidOperationException>(() => host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "A")));

        Assert.False(await host.Get<DeliverySignal>().WaitAsync(TimeSpan.Zero, default));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM deliveries"));
        Assert.Equal(0, await host.ScalarAsync("SELECT COUNT(*) FROM items"));
    }

    [Fact]
    public async Task Deliveries_SameItemAndChatTwice_AreRejectedByTheUniqueKey()
    {
        await _host.AddChatAsync(1);
        await _host.SubscribeAsync(1, "moh");
        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "A"));

        var error = await Assert.ThrowsAnyAsync<System.Data.Common.DbException>(() => _host.ExecuteAsync(
            "INSERT INTO deliveries (item_id, chat_id, next_attempt_utc, created_utc) SELECT item_id, chat_id, 0, 0 FROM deliveries"));

        Assert.Contains("unique", error.Message, StringComparison.OrdinalIgnoreCase);
    }
}

/// <summary>A listener after the outbox writer, in the same unit of work: sees whether the loop was woken before the commit.</summary>
internal sealed class SignalProbe : INewItemListener
{
    public DeliverySignal? Signal { get; set; }

    public bool Fail { get; init; }

    public bool SignalledInsideTransaction { get; private set; }

    public async Task OnItemsCreatedAsync(IStoreTransaction transaction, string sourceId, IReadOnlyList<FeedItem> created, bool isBackfill, CancellationToken cancellationToken)
    {
        if (Fail)
        {
            throw new InvalidOperationException("a later listener failed");
        }

        SignalledInsideTransaction = Signal is not null && await Signal.WaitAsync(TimeSpan.Zero, cancellationToken);
    }
}

public sealed class SqliteOutboxWriterTests() : OutboxWriterTests(StorageProvider.Sqlite);

public sealed class PostgresOutboxWriterTests() : OutboxWriterTests(StorageProvider.Postgres);

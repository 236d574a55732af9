using FeedBot.Feeds.Storage;
using FeedBot.Worker.Delivery.Storage;
using FeedBot.Worker.Delivery;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>Run on SQLite and on PostgreSQL (the subclasses below).</summary>
public abstract class DeliveryStatsReaderTests(StorageProvider provider) : IAsyncLifetime
{
    private DeliveryTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DeliveryTestHost.StartAsync(provider);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task ReadAsync_MixedRows_CountsByStatusOldestPendingAgeAndRateOverTheLastMinute()
    {
        foreach (var chat in Enumerable.Range(1, 8))
        {
            await _host.AddChatAsync(chat);
            await _host.SubscribeAsync(chat, "moh");
        }

        await _host.SaveAsync("moh", isBackfill: false, DeliveryTestHost.Item("a", "A"));
        _host.Clock.Advance(TimeSpan.FromMinutes(5));
        var store = _host.Get<IOutboxStore>();
        foreach (var (id, index) in (await store.GetDueAsync(5, default)).Select((d, i) => (d.Id, i)))
        {
            await store.MarkSentAsync(id, 100 + index, default);
        }

        await _host.ExecuteAsync("UPDATE deliveries SET sent_utc = sent_utc - 120000 WHERE id = (SELECT MIN(id) FROM deliveries WHERE status = 'sent')");
        await _host.ExecuteAsync("UPDATE deliveries SET status = 'failed' WHERE id = 6; UPDATE deliveries SET status = 'cancelled' WHERE id = 7");

        var stats = await _host.Get<IDeliveryStatsReader>().ReadAsync(default);

        Assert.Equal(new DeliveryStats(1, 0, 5, 1, 1, TimeSpan.FromMinutes(5), Math.Round(4 / 60.0, 2)), stats);
    }
}

public sealed class SqliteDeliveryStatsReaderTests() : DeliveryStatsReaderTests(StorageProvider.Sqlite);

public sealed class PostgresDeliveryStatsReaderTests() : DeliveryStatsReaderTests(StorageProvider.Postgres);

using FeedBot.Feeds.Storage;
using FeedBot.Worker.Delivery;
using FeedBot.Worker.Delivery.Storage;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>Source alert state and its notices in one unit of work; on SQLite and on PostgreSQL (the subclasses below).</summary>
public abstract class SourceAlertStoreTests(StorageProvider provider) : IAsyncLifetime
{
    private DeliveryTestHost _host = null!;

    public async Task InitializeAsync() => _host = await DeliveryTestHost.StartAsync(provider);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task TryTransitionAsync_RaisedTwiceThenClearedTwice_ChangesStateOnlyOnEachFirstCall()
    {
        var changes = new List<bool>();
        foreach (var alerting in new[] { true, true, false, false })
        {
            changes.Add(await TransitionAsync(alerting, commit: true));
        }

        Assert.Equal([true, false, true, false], changes);
        Assert.Equal(0, await _host.ScalarAsync("SELECT COUNT(*) FROM source_alerts WHERE is_alerting"));
        Assert.Equal(_host.Clock.GetUtcNow().ToUnixTimeMilliseconds(), await _host.ScalarAsync("SELECT recovered_utc FROM source_alerts"));
    }

    [Fact]
    public async Task TryTransitionAsync_UnitOfWorkNotCommitted_LeavesNeitherStateNorNotice()
    {
        Assert.True(await TransitionAsync(alerting: true, commit: false));

        Assert.Equal(0, await _host.ScalarAsync("SELECT COUNT(*) FROM source_alerts"));
        Assert.Equal(0, await _host.ScalarAsync("SELECT COUNT(*) FROM deliveries"));
        Assert.True(await TransitionAsync(alerting: true, commit: true));
        Assert.Equal(["Nguồn moh lỗi"], await _host.QueryAsync<string>("SELECT notice_text FROM deliveries"));
        Assert.Equal(["HTTP 503"], await _host.QueryAsync<string>("SELECT reason FROM source_alerts WHERE is_alerting"));
    }

    /// <summary>What SourceHealthMonitor does: the transition and, when it changed something, a notice to the admin 9001.</summary>
    private async Task<bool> TransitionAsync(bool alerting, bool commit)
    {
        await using var unit = await _host.Get<IStoreDatabase>().BeginAsync(default);
        var changed = await _host.Get<ISourceAlertStore>().TryTransitionAsync(unit, "moh", alerting, alerting ? "HTTP 503" : null, default);
        if (changed)
        {
            await _host.Get<OutboxNotices>().EnqueueAsync(unit, new(9001), language => language == "vi" ? "Nguồn moh lỗi" : "Source moh failing", default);
        }

        if (commit)
        {
            await unit.CommitAsync(default);
        }

        return changed;
    }
}

public sealed class SqliteSourceAlertStoreTests() : SourceAlertStoreTests(StorageProvider.Sqlite);

public sealed class PostgresSourceAlertStoreTests() : SourceAlertStoreTests(StorageProvider.Postgres);

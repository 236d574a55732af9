using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace FeedBot.Feeds.Tests.Storage;

/// <summary>
/// The change version the render cache keys on, as two instances on one database see it: read from the store at most
/// once a second, so a poll stored by the other instance shows after a second and requests in between read nothing.
/// </summary>
public sealed class ItemChangeTrackerTests
{
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task GetVersionAsync_OtherInstanceStoresItems_SeenAfterTheRefreshIntervalWithOneReadPerInterval(StorageProvider provider)
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));
        await using var serving = await FeedsTestHost.StartAsync(new Dictionary<string, string?>(), clock, provider: provider);
        await using var polling = await FeedsTestHost.StartOnAsync(serving.Store, new Dictionary<string, string?>(), clock);
        var reads = new CountingSource(serving.Get<IChangeVersionSource>());
        var tracker = new ItemChangeTracker(reads, clock, NullLogger<ItemChangeTracker>.Instance);
        var before = await tracker.GetVersionAsync("s", default);

        await polling.Get<IItemStore>().SaveListingAsync("s", [Item("a")], isBackfill: false, default);
        var within = new List<long>();
        for (var i = 0; i < 50; i++)
        {
            within.Add(await tracker.GetVersionAsync("s", default));
            clock.Advance(TimeSpan.FromMilliseconds(10));
        }

        clock.Advance(ItemChangeTracker.RefreshInterval);
        var after = await tracker.GetVersionAsync("s", default);

        Assert.Equal(0, before);
        Assert.All(within, v => Assert.Equal(0, v));
        Assert.Equal(1, after);
        Assert.Equal(2, reads.Count);
    }

    [Fact]
    public async Task GetVersionAsync_ThisProcessStoredItems_SeenAtOnce()
    {
        var clock = new ManualClock(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));
        await using var host = await FeedsTestHost.StartAsync(new Dictionary<string, string?>(), clock);
        var tracker = host.Get<ItemChangeTracker>();
        var before = await tracker.GetVersionAsync("s", default);

        await host.Get<IItemStore>().SaveListingAsync("s", [Item("a")], isBackfill: false, default);

        Assert.Equal(0, before);
        Assert.Equal(1, await tracker.GetVersionAsync("s", default));
    }

    private static ScrapedItem Item(string key) =>
        new(key, $"https://moh.gov.vn/content/{key}", key, null, null, new DateTimeOffset(2025, 6, 30, 7, 43, 0, TimeSpan.Zero));

    private sealed class CountingSource(IChangeVersionSource inner) : IChangeVersionSource
    {
        public int Count { get; private set; }

        public Task<IReadOnlyDictionary<string, long>> GetChangeVersionsAsync(CancellationToken cancellationToken)
        {
            Count++;
            return inner.GetChangeVersionsAsync(cancellationToken);
        }
    }
}

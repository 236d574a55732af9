using FeedBot.Feeds.Model;
using FeedBot.Feeds.People;
using FeedBot.Feeds.Storage;
using FeedBot.Testing;
using FeedBot.Testing.Storage.Counting;

namespace FeedBot.Feeds.Tests.People;

/// <summary>Re-tagging stored items when the people list changes: a second host on the same store with another list,
/// on SQLite and on PostgreSQL.</summary>
public abstract class PeopleRetaggerTests(StorageProvider provider) : IAsyncLifetime
{
    private static readonly DateTimeOffset Published = new(2025, 6, 30, 7, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));
    private FeedsTestHost _host = null!;

    public async Task InitializeAsync() => _host = await FeedsTestHost.StartAsync(new Dictionary<string, string?>(), _clock, provider: provider);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task RetagAsync_NewPersonAndRenamedPerson_StoredTagsFollowTheListAndVersionMoves()
    {
        var saved = await SaveAsync(
            Item("a", "Bộ trưởng Đào Hồng Lan tiếp Đại sứ"),
            Item("b", "Ông Lê Đức Luận dự hội nghị"),
            Item("c", "Hội nghị ngành y tế"));
        await _host.Get<IItemStore>().SaveContentAsync(saved[2].Id, "<p>Có mặt ông <em>Lê Đức Luận</em>.</p>", default);
        Assert.Equal(0, await _host.Get<PeopleRetagger>().RetagAsync(default));
        var version = await VersionAsync(_host);

        await using var changed = await FeedsTestHost.StartOnAsync(_host.Store, ChangedList, _clock);
        var count = await changed.Get<PeopleRetagger>().RetagAsync(default);

        Assert.Equal(3, count);
        Assert.Equal(version + 1, await VersionAsync(changed));
        var items = (await changed.Get<IItemStore>().GetLatestAsync("s", 10, default)).ToDictionary(i => i.Key, i => i.PersonIds);
        Assert.Equal<IEnumerable<string>>([], items["a"]);
        Assert.Equal(["le-duc-luan"], items["b"]);
        Assert.Equal(["le-duc-luan"], items["c"]);
        Assert.Equal(changed.Get<ItemTagger>().Fingerprint, await changed.Get<IPeopleTagStore>().GetTagFingerprintAsync(default));
    }

    [Fact]
    public async Task RetagAsync_ListUnchanged_DoesNoWorkAndKeepsVersion()
    {
        await SaveAsync(Item("a", "Bộ trưởng Đào Hồng Lan"));
        await _host.Get<PeopleRetagger>().RetagAsync(default);
        await _host.Store.ExecuteAsync("DELETE FROM item_people");
        var version = await VersionAsync(_host);

        await using var restarted = await FeedsTestHost.StartOnAsync(_host.Store, new Dictionary<string, string?>(), _clock);
        var count = await restarted.Get<PeopleRetagger>().RetagAsync(default);

        Assert.Equal(0, count);
        Assert.Equal(version, await VersionAsync(restarted));
        Assert.Equal(0, await _host.Store.ScalarAsync("SELECT COUNT(*) FROM item_people"));
    }

    [Fact]
    public async Task RetagAsync_MoreItemsThanABatch_EveryItemTagged()
    {
        var items = Enumerable.Range(0, PeopleRetagger.BatchSize + 7).Select(i => Item($"k{i}", $"Thứ trưởng Nguyễn Tri Thức {i}")).ToArray();
        await SaveAsync(items);
        await _host.Store.ExecuteAsync("DELETE FROM item_people");

        var count = await _host.Get<PeopleRetagger>().RetagAsync(default);

        Assert.Equal(items.Length, count);
        Assert.Equal(items.Length, await _host.Store.ScalarAsync("SELECT COUNT(*) FROM item_people WHERE person_id = 'nguyen-tri-thuc'"));
    }

    [Fact]
    public async Task RetagAsync_TwoBatches_FourRoundTripsABatchWhateverItsSize()
    {
        await using var host = await FeedsTestHost.StartAsync(new Dictionary<string, string?>(), _clock, provider: provider, services: CountingStoreDatabase.Decorate);
        var items = Enumerable.Range(0, PeopleRetagger.BatchSize + 7).Select(i => Item($"k{i}", $"Bộ trưởng Đào Hồng Lan {i}")).ToArray();
        await host.Get<IItemStore>().SaveListingAsync("s", items, isBackfill: true, default);
        await host.Store.ExecuteAsync("UPDATE items SET title = 'Thứ trưởng Nguyễn Tri Thức' WHERE item_key IN ('k3', 'k4', 'k205')");
        var log = host.Get<CountingStoreDatabase>().Log;
        log.Clear();

        var count = await host.Get<PeopleRetagger>().RetagAsync(default);

        // the fingerprint; per batch its items, their tags, the tag changes with the version, the commit; the empty
        // last batch (its items, the commit); the fingerprint saved
        Assert.Equal(3, count);
        Assert.Equal(1 + 4 + 4 + 2 + 1, log.RoundTrips);
        Assert.Equal(["nguyen-tri-thuc", "nguyen-tri-thuc", "nguyen-tri-thuc"], await host.Store.QueryAsync<string>(
            "SELECT person_id FROM item_people p JOIN items i ON i.id = p.item_id WHERE i.item_key IN ('k3', 'k4', 'k205')"));
    }

    /// <summary>Đào Hồng Lan renamed away, Lê Đức Luận added.</summary>
    private static Dictionary<string, string?> ChangedList => new()
    {
        ["FeedBot:People:0:Name"] = "Đào Văn Khác",
        ["FeedBot:People:5:Id"] = "le-duc-luan",
        ["FeedBot:People:5:Name"] = "Lê Đức Luận",
        ["FeedBot:People:5:Role"] = "Thứ trưởng",
    };

    private async Task<IReadOnlyList<FeedItem>> SaveAsync(params ScrapedItem[] items) =>
        (await _host.Get<IItemStore>().SaveListingAsync("s", items, isBackfill: true, default)).NewItems;

    private static async Task<long> VersionAsync(FeedsTestHost host) =>
        (await host.Get<IChangeVersionSource>().GetChangeVersionsAsync(default)).GetValueOrDefault("s");

    private static ScrapedItem Item(string key, string title) =>
        new(key, $"https://moh.gov.vn/content/{key}", title, null, null, Published);
}

public sealed class SqlitePeopleRetaggerTests() : PeopleRetaggerTests(StorageProvider.Sqlite);

public sealed class PostgresPeopleRetaggerTests() : PeopleRetaggerTests(StorageProvider.Postgres);

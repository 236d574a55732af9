using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Testing;

namespace FeedBot.Feeds.Tests.Storage;

/// <summary>Person tags in the feeds store (<c>item_people</c>), with the shipped people, on SQLite and on PostgreSQL.</summary>
public abstract class ItemPeopleStoreTests(StorageProvider provider) : IAsyncLifetime
{
    private const string Lan = "dao-hong-lan";
    private const string Thuc = "nguyen-tri-thuc";
    private const string Huong = "nguyen-thi-lien-huong";
    private static readonly DateTimeOffset Published = new(2025, 6, 30, 7, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));
    private readonly RecordingTaggedListener _tagged = new();
    private FeedsTestHost _host = null!;

    private IItemStore Store => _host.Get<IItemStore>();

    public async Task InitializeAsync() =>
        _host = await FeedsTestHost.StartAsync(new Dictionary<string, string?>(), _clock, provider: provider, taggedListener: _tagged);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SaveListingAsync_TitleAndSummaryName_NewItemsCarryTagsStoredAndReadBack()
    {
        var saved = await Store.SaveListingAsync("s", [
            Item("a", "Thứ trưởng Nguyễn Tri Thức làm việc", "Cùng Bộ trưởng Đào Hồng Lan"),
            Item("b", "Thúc đẩy hợp tác y tế", "Tri thức mới"),
        ], isBackfill: false, default);

        Assert.Equal([[Lan, Thuc], []], saved.NewItems.Select(i => i.PersonIds));
        var stored = await Store.GetLatestAsync("s", 10, default);
        Assert.Equal([Lan, Thuc], stored.Single(i => i.Key == "a").PersonIds);
        Assert.Empty(stored.Single(i => i.Key == "b").PersonIds);
        Assert.Equal(2, await _host.Store.ScalarAsync("SELECT COUNT(*) FROM item_people"));
    }

    [Fact]
    public async Task SaveContentAsync_ArticleNamesSomeoneNew_TagAddedVersionMovedListenerTold()
    {
        var saved = await Store.SaveListingAsync("s", [Item("a", "Bộ trưởng Đào Hồng Lan tiếp đoàn", null)], isBackfill: false, default);
        var version = await VersionAsync("s");

        await Store.SaveContentAsync(saved.NewItems[0].Id, "<p>Dự có Thứ trưởng <strong>Nguyễn Thị Liên Hương</strong>.</p><p>Đào Hồng Lan</p>", default);

        var item = Assert.Single(await Store.GetLatestAsync("s", 10, default));
        Assert.Equal([Lan, Huong], item.PersonIds);
        Assert.Equal(version + 1, await VersionAsync("s"));
        var told = Assert.Single(_tagged.Calls);
        Assert.Equal([Huong], told.Added);
        Assert.False(told.IsBackfill);
        Assert.Equal([Lan, Huong], told.Item.PersonIds);
        Assert.Equivalent(item, told.Item, strict: true);
    }

    [Fact]
    public async Task SaveListingAsync_EditNamesSomeoneNew_ListenerToldWithTheItemAsStoredTaggedFromItsArticleToo()
    {
        var saved = await Store.SaveListingAsync("s", [Item("a", "Hội nghị ngành y tế", null)], isBackfill: true, default);
        await Store.SaveContentAsync(saved.NewItems[0].Id, "<p>Thứ trưởng Nguyễn Tri Thức</p>", default);
        _clock.Advance(TimeSpan.FromHours(1));

        await Store.SaveListingAsync("s", [Item("a", "Bộ trưởng Đào Hồng Lan dự hội nghị", "Tóm tắt mới")], isBackfill: false, default);

        var item = Assert.Single(await Store.GetLatestAsync("s", 10, default));
        Assert.Equal([Lan, Thuc], item.PersonIds);
        Assert.Equal(_clock.GetUtcNow(), item.UpdatedUtc);
        Assert.Equal([[Thuc], [Lan]], _tagged.Calls.Select(c => c.Added));
        var told = _tagged.Calls[^1];
        Assert.True(told.IsBackfill);
        Assert.Equivalent(item, told.Item, strict: true);
    }

    [Fact]
    public async Task SaveContentAsync_NameSplitAcrossParagraphs_NotTagged()
    {
        var saved = await Store.SaveListingAsync("s", [Item("a", "Hội nghị", null)], isBackfill: true, default);

        await Store.SaveContentAsync(saved.NewItems[0].Id, "<p>Ông Nguyễn Tri</p><p>Thức ăn an toàn</p>", default);

        Assert.Empty(Assert.Single(await Store.GetLatestAsync("s", 10, default)).PersonIds);
        Assert.Empty(_tagged.Calls);
    }

    [Fact]
    public async Task SaveListingAsync_EditedTitleDropsName_TagRemovedArticleTagKept()
    {
        var saved = await Store.SaveListingAsync("s", [Item("a", "Bộ trưởng Đào Hồng Lan", null)], isBackfill: true, default);
        await Store.SaveContentAsync(saved.NewItems[0].Id, "<p>Thứ trưởng Nguyễn Tri Thức</p>", default);

        await Store.SaveListingAsync("s", [Item("a", "Hội nghị ngành y tế", null)], isBackfill: false, default);

        Assert.Equal([Thuc], Assert.Single(await Store.GetLatestAsync("s", 10, default)).PersonIds);
        Assert.Equal([true], _tagged.Calls.Select(c => c.IsBackfill));
    }

    [Fact]
    public async Task GetLatestForPeopleAsync_AnyOfIds_NewestFirstEachOnceAcrossOrWithinSources()
    {
        await Store.SaveListingAsync("s", [
            Item("both", "Đào Hồng Lan và Nguyễn Tri Thức", null, hours: 3),
            Item("lan", "Đào Hồng Lan", null, hours: 1),
            Item("none", "Hội nghị", null, hours: 4),
        ], isBackfill: false, default);
        await Store.SaveListingAsync("t", [Item("thuc", "Nguyễn Tri Thức", null, hours: 2)], isBackfill: false, default);

        var all = await Store.GetLatestForPeopleAsync([Lan, Thuc], 10, null, default);
        var ofS = await Store.GetLatestForPeopleAsync([Thuc], 10, "s", default);
        var newest = await Store.GetLatestForPeopleAsync([Lan, Thuc, "nobody"], 2, null, default);

        Assert.Equal(["both", "thuc", "lan"], all.Select(i => i.Key));
        Assert.Equal([Lan, Thuc], all[0].PersonIds);
        Assert.Equal(["both"], ofS.Select(i => i.Key));
        Assert.Equal(["both", "thuc"], newest.Select(i => i.Key));
        Assert.Empty(await Store.GetLatestForPeopleAsync([], 10, null, default));
    }

    private async Task<long> VersionAsync(string sourceId) =>
        (await _host.Get<IChangeVersionSource>().GetChangeVersionsAsync(default)).GetValueOrDefault(sourceId);

    private static ScrapedItem Item(string key, string title, string? summary, int hours = 0) =>
        new(key, $"https://moh.gov.vn/content/{key}", title, summary, null, Published.AddHours(hours));
}

public sealed class SqliteItemPeopleStoreTests() : ItemPeopleStoreTests(StorageProvider.Sqlite);

public sealed class PostgresItemPeopleStoreTests() : ItemPeopleStoreTests(StorageProvider.Postgres);

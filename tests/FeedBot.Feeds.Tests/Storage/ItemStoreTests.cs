using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Testing;

namespace FeedBot.Feeds.Tests.Storage;

/// <summary>The feeds library's store, run on SQLite and on PostgreSQL (the subclasses below).</summary>
public abstract class ItemStoreTests(StorageProvider provider) : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));
    private FeedsTestHost _host = null!;

    private IItemStore Store => _host.Get<IItemStore>();

    public async Task InitializeAsync() => _host = await FeedsTestHost.StartAsync(new Dictionary<string, string?>(), _clock, provider: provider);

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task SaveListingAsync_SameKeyChangedTitle_UpdatesKeepingFirstSeen()
    {
        await Store.SaveListingAsync("s", [Item("a", "Cũ")], isBackfill: false, default);
        _clock.Advance(TimeSpan.FromHours(1));

        var result = await Store.SaveListingAsync("s", [Item("a", "Mới"), Item("b", "B")], isBackfill: false, default);

        Assert.Equal(1, result.Updated);
        Assert.Equal(["b"], result.NewItems.Select(i => i.Key));
        var a = (await Store.GetLatestAsync("s", 10, default)).Single(i => i.Key == "a");
        Assert.Equal("Mới", a.Title);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero), a.FirstSeenUtc);
        Assert.Equal(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero), a.UpdatedUtc);
    }

    [Fact]
    public async Task SaveListingAsync_UnchangedItem_IsNeitherNewNorUpdatedAndKeepsVersion()
    {
        await Store.SaveListingAsync("s", [Item("a", "A")], isBackfill: true, default);
        var version = await VersionAsync("s");

        var result = await Store.SaveListingAsync("s", [Item("a", "A"), Item("a", "A")], isBackfill: false, default);

        Assert.Empty(result.NewItems);
        Assert.Equal(0, result.Updated);
        Assert.Equal(version, await VersionAsync("s"));
        Assert.Single(await Store.GetLatestAsync("s", 10, default));
    }

    [Fact]
    public async Task SaveListingAsync_NewEditedOrContent_MovesTheStoredVersionOfThatSourceOnly()
    {
        await Store.SaveListingAsync("s", [Item("a", "A")], isBackfill: true, default);
        var first = await VersionAsync("s");

        var saved = await Store.SaveListingAsync("s", [Item("a", "A sửa"), Item("b", "B")], isBackfill: false, default);
        var afterEdit = await VersionAsync("s");
        await Store.SaveContentAsync(saved.NewItems[0].Id, "<p>Nội dung</p>", default);

        Assert.Equal(1, first);
        Assert.Equal(2, afterEdit);
        Assert.Equal(3, await VersionAsync("s"));
        Assert.Equal(0, await VersionAsync("other"));
    }

    [Fact]
    public async Task SaveListingAsync_ListenerThrows_RollsBackItemsAndVersion()
    {
        await using var host = await FeedsTestHost.StartAsync(new Dictionary<string, string?>(), _clock, provider: provider, listener: new ThrowingListener());

        await Assert.ThrowsAsync<InvalidOperationException>(
            () => host.Get<IItemStore>().SaveListingAsync("s", [Item("a", "A")], isBackfill: false, default));

        Assert.False((await host.Get<IItemStore>().StartPollAsync("s", "https://x/", 10, default)).HasItems);
        Assert.Empty(await host.Get<IChangeVersionSource>().GetChangeVersionsAsync(default));
    }

    [Fact]
    public async Task SaveListingAsync_SomeKeysStoredForThisOrAnotherSource_KnownAreExactlyThisSources()
    {
        await Store.SaveListingAsync("s", [Item("a", "A"), Item("b", "B")], isBackfill: true, default);
        await Store.SaveListingAsync("t", [Item("c", "C")], isBackfill: true, default);

        var result = await Store.SaveListingAsync("s", [Item("a", "A"), Item("c", "C"), Item("x", "X")], isBackfill: false, default);

        Assert.Equal(1, result.Known);
        Assert.Equal(["c", "x"], result.NewItems.Select(i => i.Key).Order());
    }

    [Fact]
    public async Task StartPollAsync_NoItemsThenItems_HasItemsOfThatSourceOnly()
    {
        var before = await StartAsync("s");
        await Store.SaveListingAsync("s", [Item("a", "A")], isBackfill: true, default);

        Assert.False(before.HasItems);
        Assert.True((await StartAsync("s")).HasItems);
        Assert.False((await StartAsync("t")).HasItems);
    }

    [Fact]
    public async Task StartPollAsync_FailedFetch_MissingContentOfferedAgainOnlyFromItsRetryTime()
    {
        var saved = await Store.SaveListingAsync("s", [Item("a", "A"), Item("b", "B")], isBackfill: true, default);
        await Store.SaveContentAsync(saved.NewItems[1].Id, "<p>B</p>", default);
        await Store.RecordContentFailureAsync(saved.NewItems[0].Id, "HTTP 500", _clock.GetUtcNow().AddMinutes(10), default);

        var before = await StartAsync("s");
        _clock.Advance(TimeSpan.FromMinutes(10));
        var after = await StartAsync("s");

        Assert.Empty(before.MissingContent);
        Assert.Equal(["a"], after.MissingContent.Select(i => i.Key));
        Assert.Null(after.MissingContent[0].ContentHtml);
    }

    [Fact]
    public async Task StartPollAsync_MoreDueThanTheLimit_FewestAttemptsFirstThenNewest()
    {
        var saved = await Store.SaveListingAsync("s", [Item("old", "A", hours: 0), Item("new", "B", hours: 2), Item("failed", "C", hours: 3)], isBackfill: true, default);
        await Store.RecordContentFailureAsync(saved.NewItems.Single(i => i.Key == "failed").Id, "HTTP 500", _clock.GetUtcNow(), default);

        Assert.Equal(["new", "old"], (await Store.StartPollAsync("s", "https://x/", 2, default)).MissingContent.Select(i => i.Key));
    }

    [Fact]
    public async Task RecordPollAsync_RetryAfterHold_StartPollReadsTheLatestPollsHold()
    {
        var hold = _clock.GetUtcNow().AddMinutes(5);
        await Store.RecordPollAsync(Poll("HTTP 503") with { NotBeforeUtc = hold }, null, default);
        var held = await StartAsync("s");
        await Store.RecordPollAsync(Poll(null), null, default);

        Assert.Equal(hold, held.NotBeforeUtc);
        Assert.Null((await StartAsync("s")).NotBeforeUtc);
        Assert.Null((await StartAsync("t")).NotBeforeUtc);
    }

    private async Task<long> VersionAsync(string sourceId) =>
        (await _host.Get<IChangeVersionSource>().GetChangeVersionsAsync(default)).GetValueOrDefault(sourceId);

    private sealed class ThrowingListener : INewItemListener
    {
        public Task OnItemsCreatedAsync(IStoreTransaction transaction, string sourceId, IReadOnlyList<FeedItem> created, bool isBackfill, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("listener failed");
    }

    [Fact]
    public async Task GetSourceStatusesAsync_FailuresAfterSuccess_CountsConsecutiveFailures()
    {
        await Store.SaveListingAsync("s", [Item("a", "A")], isBackfill: true, default);
        await Store.RecordPollAsync(Poll(null), null, default);
        await Store.RecordPollAsync(Poll("HTTP 500"), null, default);
        await Store.RecordPollAsync(Poll("HTTP 503"), null, default);

        var status = Assert.Single(await Store.GetSourceStatusesAsync(default));

        Assert.Equal(2, status.ConsecutiveFailures);
        Assert.Equal("HTTP 503", status.LastPoll!.Error);
        Assert.Equal(1, status.ItemCount);
        Assert.Equal(_clock.GetUtcNow(), status.LastSuccessUtc);
    }

    [Fact]
    public async Task RecordPollAsync_ValidatorsSavedTwiceThenNone_StartPollReadsTheLatestOfThatUrl()
    {
        await Store.RecordPollAsync(Poll(null), new PageValidators("https://x/", new HttpValidators("\"1\"", null)), default);
        await Store.RecordPollAsync(Poll(null), new PageValidators("https://x/", new HttpValidators("\"2\"", _clock.GetUtcNow())), default);
        await Store.RecordPollAsync(Poll(null), null, default);

        Assert.Equal(new HttpValidators("\"2\"", _clock.GetUtcNow()), (await Store.StartPollAsync("s", "https://x/", 10, default)).Validators);
        Assert.Null((await Store.StartPollAsync("s", "https://y/", 10, default)).Validators);
    }

    private Task<PollStart> StartAsync(string sourceId) => Store.StartPollAsync(sourceId, "https://x/", 10, default);

    private static ScrapedItem Item(string key, string title, int hours = 0) =>
        new(key, $"https://moh.gov.vn/content/{key}", title, "Tóm tắt", null, new DateTimeOffset(2025, 6, 30, 7, 43, 0, TimeSpan.Zero).AddHours(hours));

    private PollRecord Poll(string? error) => new()
    {
        SourceId = "s",
        StartedUtc = _clock.GetUtcNow(),
        FinishedUtc = _clock.GetUtcNow(),
        HttpStatus = error is null ? 200 : 500,
        Error = error,
    };
}

public sealed class SqliteItemStoreTests() : ItemStoreTests(StorageProvider.Sqlite);

public sealed class PostgresItemStoreTests() : ItemStoreTests(StorageProvider.Postgres);

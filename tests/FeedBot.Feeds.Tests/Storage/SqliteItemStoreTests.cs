using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Testing;

namespace FeedBot.Feeds.Tests.Storage;

public sealed class SqliteItemStoreTests : IAsyncLifetime
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 7, 1, 0, 0, 0, TimeSpan.Zero));
    private FeedsTestHost _host = null!;

    private IItemStore Store => _host.Get<IItemStore>();

    public async Task InitializeAsync() => _host = await FeedsTestHost.StartAsync(new Dictionary<string, string?>(), _clock);

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
        var version = _host.Get<ItemChangeTracker>().GetVersion("s");

        var result = await Store.SaveListingAsync("s", [Item("a", "A"), Item("a", "A")], isBackfill: false, default);

        Assert.Empty(result.NewItems);
        Assert.Equal(0, result.Updated);
        Assert.Equal(version, _host.Get<ItemChangeTracker>().GetVersion("s"));
        Assert.Single(await Store.GetLatestAsync("s", 10, default));
    }

    [Fact]
    public async Task GetSourceStatusesAsync_FailuresAfterSuccess_CountsConsecutiveFailures()
    {
        await Store.SaveListingAsync("s", [Item("a", "A")], isBackfill: true, default);
        await Store.RecordPollAsync(Poll(null), default);
        await Store.RecordPollAsync(Poll("HTTP 500"), default);
        await Store.RecordPollAsync(Poll("HTTP 503"), default);

        var status = Assert.Single(await Store.GetSourceStatusesAsync(default));

        Assert.Equal(2, status.ConsecutiveFailures);
        Assert.Equal("HTTP 503", status.LastPoll!.Error);
        Assert.Equal(1, status.ItemCount);
        Assert.Equal(_clock.GetUtcNow(), status.LastSuccessUtc);
    }

    [Fact]
    public async Task SaveValidatorsAsync_SavedTwice_ReturnsLatest()
    {
        await Store.SaveValidatorsAsync("https://x/", new HttpValidators("\"1\"", null), default);
        await Store.SaveValidatorsAsync("https://x/", new HttpValidators("\"2\"", _clock.GetUtcNow()), default);

        Assert.Equal(new HttpValidators("\"2\"", _clock.GetUtcNow()), await Store.GetValidatorsAsync("https://x/", default));
        Assert.Null(await Store.GetValidatorsAsync("https://y/", default));
    }

    private static ScrapedItem Item(string key, string title) =>
        new(key, $"https://moh.gov.vn/content/{key}", title, "Tóm tắt", null, new DateTimeOffset(2025, 6, 30, 7, 43, 0, TimeSpan.Zero));

    private PollRecord Poll(string? error) => new()
    {
        SourceId = "s",
        StartedUtc = _clock.GetUtcNow(),
        FinishedUtc = _clock.GetUtcNow(),
        HttpStatus = error is null ? 200 : 500,
        Error = error,
    };
}

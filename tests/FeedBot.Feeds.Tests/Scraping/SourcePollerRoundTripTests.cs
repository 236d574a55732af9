using FeedBot.Feeds.Model;
using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Tests.Storage;
using FeedBot.Testing;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.Storage.Counting;
using Xunit.Abstractions;

namespace FeedBot.Feeds.Tests.Scraping;

/// <summary>
/// What a poll costs the database, counted at the connection (<see cref="CountingStoreDatabase"/> around the real
/// store, either provider): every command and every commit is a round trip. A poll that finds nothing new makes two or
/// three and writes only its poll record; new items cost a constant plus three round trips each (the article's row and
/// stored tags, its tag changes and version, the commit), also when the article or an edit names someone new and the
/// <see cref="IPeopleTaggedListener"/>s are told: they get the item the write read back, with no read of their own.
/// </summary>
public abstract class SourcePollerRoundTripTests(StorageProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));
    private FakeMinistrySite _site = null!;
    private FakeListing _listing = null!;
    private FeedsTestHost _host = null!;
    private readonly RecordingTaggedListener _tagged = new();
    private StoreCommandLog _log = null!;

    public async Task InitializeAsync()
    {
        _site = await FakeMinistrySite.StartAsync();
        _listing = _site.AddListing(ListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur", pageSize: 20);
        _listing.Add(Enumerable.Range(1, 5).Select(i => Item($"cu-{i}")).ToArray());
        _host = await FeedsTestHost.StartAsync(
            new Dictionary<string, string?> { ["FeedBot:Sources:0:ListingUrl"] = _site.Url(ListingPath).AbsoluteUri, ["FeedBot:Sources:0:BackfillPages"] = "1" },
            _clock, provider: provider, taggedListener: _tagged, services: CountingStoreDatabase.Decorate);
        _log = _host.Get<CountingStoreDatabase>().Log;
        var backfill = await PollAsync();
        Assert.Null(backfill.Error);
        Assert.Equal(5, backfill.ItemsNew); // the first run: backfill, articles fetched
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _site.DisposeAsync();
    }

    [Fact]
    public async Task PollAsync_NothingNewSiteAnswers200_ThreeRoundTripsReadingNoArticleWritingOnlyThePoll()
    {
        _site.ConditionalGet = false;

        var poll = await PollAsync();

        Assert.Equal((200, 0, 0), (poll.HttpStatus!.Value, poll.ItemsNew, poll.ItemsUpdated));
        AssertNothingNewCost(3);
        Assert.DoesNotContain("content_html", _log.Commands[1]); // the page's stored rows: change detection needs no article
    }

    [Fact]
    public async Task PollAsync_NothingNewSiteAnswers304_TwoRoundTripsWritingOnlyThePoll()
    {
        var poll = await PollAsync();

        Assert.Equal(304, poll.HttpStatus);
        AssertNothingNewCost(2);
    }

    [Fact]
    public async Task PollAsync_OneFourAndTenNewItems_SixRoundTripsAndThreePerItem()
    {
        var costs = new List<int>();
        foreach (var count in new[] { 1, 4, 10 })
        {
            for (var i = 0; i < count; i++)
            {
                _listing.Publish(Item($"moi-{count}-{i}"));
            }

            Assert.Equal(count, (await PollAsync()).ItemsNew);
            output.WriteLine($"{count} new: {_log}");
            costs.Add(_log.RoundTrips);
        }

        Assert.Equal([9, 18, 36], costs);
        Assert.Empty(_tagged.Calls);
    }

    [Fact]
    public async Task PollAsync_ArticlesNameSomeoneNew_ListenersToldAtNoExtraRoundTrip()
    {
        for (var i = 0; i < 4; i++)
        {
            _listing.Publish(Item($"moi-{i}") with { BodyHtml = "<p>Bộ trưởng Đào Hồng Lan chủ trì.</p>" });
        }

        Assert.Equal(4, (await PollAsync()).ItemsNew);

        output.WriteLine(_log.ToString());
        Assert.Equal(6 + (3 * 4), _log.RoundTrips);
        Assert.Equal(4, _tagged.Calls.Count(c => c.Added.SequenceEqual(["dao-hong-lan"]) && c.Item.ContentHtml is not null));
    }

    [Fact]
    public async Task PollAsync_EditNamesSomeoneNew_SixRoundTripsListenerToldWithoutARead()
    {
        _listing.Retitle("cu-1", "Bộ trưởng Đào Hồng Lan làm việc");

        var poll = await PollAsync();

        output.WriteLine(_log.ToString());
        Assert.Equal((1, 0), (poll.ItemsUpdated, poll.ItemsNew));
        // the start read, the page's rows, the update with its row and tags, the tag changes with the version, the commit, the poll
        Assert.Equal(6, _log.RoundTrips);
        Assert.Equal("Bộ trưởng Đào Hồng Lan làm việc", Assert.Single(_tagged.Calls).Item.Title);
    }

    private void AssertNothingNewCost(int roundTrips)
    {
        output.WriteLine(_log.ToString());
        Assert.Equal(roundTrips, _log.RoundTrips);
        var write = Assert.Single(_log.Writes);
        Assert.StartsWith("INSERT INTO polls", write.Trim());
    }

    private async Task<PollRecord> PollAsync()
    {
        _clock.Advance(TimeSpan.FromHours(1));
        _log.Clear();
        return await _host.Get<SourcePoller>().PollAsync(_host.Source(), default) ?? throw new InvalidOperationException("The poll was deferred.");
    }

    private static FakeArticle Item(string slug) => new(slug, $"Tiêu đề {slug}", "Thứ Hai, ngày 30/06/2025 07:43", "Tóm tắt");
}

public sealed class SqliteSourcePollerRoundTripTests(ITestOutputHelper output) : SourcePollerRoundTripTests(StorageProvider.Sqlite, output);

public sealed class PostgresSourcePollerRoundTripTests(ITestOutputHelper output) : SourcePollerRoundTripTests(StorageProvider.Postgres, output);

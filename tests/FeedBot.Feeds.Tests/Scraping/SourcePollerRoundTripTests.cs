using FeedBot.Feeds.Model;
using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Storage;
using FeedBot.Testing;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.Storage.Counting;
using Xunit.Abstractions;

namespace FeedBot.Feeds.Tests.Scraping;

/// <summary>
/// What a poll costs the database, counted at the connection (<see cref="CountingStoreDatabase"/> around the real
/// store, either provider): every command and every commit is a round trip. A poll that finds nothing new makes at most
/// three and writes only its poll record; new items cost a constant plus the same few round trips each.
/// </summary>
public abstract class SourcePollerRoundTripTests(StorageProvider provider, ITestOutputHelper output) : IAsyncLifetime
{
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private readonly ManualClock _clock = new(new DateTimeOffset(2025, 7, 1, 1, 0, 0, TimeSpan.Zero));
    private FakeMinistrySite _site = null!;
    private FakeListing _listing = null!;
    private FeedsTestHost _host = null!;
    private StoreCommandLog _log = null!;

    public async Task InitializeAsync()
    {
        _site = await FakeMinistrySite.StartAsync();
        _listing = _site.AddListing(ListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur", pageSize: 20);
        _listing.Add(Enumerable.Range(1, 5).Select(i => Item($"cu-{i}")).ToArray());
        _host = await FeedsTestHost.StartAsync(
            new Dictionary<string, string?> { ["FeedBot:Sources:0:ListingUrl"] = _site.Url(ListingPath).AbsoluteUri, ["FeedBot:Sources:0:BackfillPages"] = "1" },
            _clock, provider: provider, services: CountingStoreDatabase.Decorate);
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
    public async Task PollAsync_NothingNewSiteAnswers200_AtMostThreeRoundTripsWritingOnlyThePoll()
    {
        _site.ConditionalGet = false;

        var poll = await PollAsync();

        Assert.Equal((200, 0, 0), (poll.HttpStatus!.Value, poll.ItemsNew, poll.ItemsUpdated));
        AssertNothingNewCost(3);
    }

    [Fact]
    public async Task PollAsync_NothingNewSiteAnswers304_AtMostThreeRoundTripsWritingOnlyThePoll()
    {
        var poll = await PollAsync();

        Assert.Equal(304, poll.HttpStatus);
        AssertNothingNewCost(3);
    }

    [Fact]
    public async Task PollAsync_OneFourAndTenNewItems_RoundTripsGrowLinearlyWithASmallPerItemCost()
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

        var perItem = (costs[2] - costs[1]) / 6.0;
        Assert.Equal(perItem, (costs[1] - costs[0]) / 3.0);
        Assert.InRange(perItem, 1, 3);
        Assert.InRange(costs[0] - perItem, 1, 7);
    }

    private void AssertNothingNewCost(int most)
    {
        output.WriteLine(_log.ToString());
        Assert.InRange(_log.RoundTrips, 1, most);
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

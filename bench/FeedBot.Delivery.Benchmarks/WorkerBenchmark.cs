using System.Globalization;
using BenchmarkDotNet.Attributes;
using FeedBot.Feeds.Storage;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.FakeTelegram;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>
/// What every benchmark here shares: the fake ministry site (one backfilled item, then a new one), the fake Bot API
/// enforcing <see cref="Rate"/> messages a second, a store with <see cref="Chats"/> subscribed private chats, the worker's
/// environment for them, and a wait that follows the worker's peak memory.
/// </summary>
public abstract class WorkerBenchmark
{
    public const int Rate = 30;
    protected const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";

    protected FakeMinistrySite Site { get; private set; } = null!;
    protected FakeBotApi Bot { get; private set; } = null!;
    protected FanOutDatabase Database { get; private set; } = null!;

    protected abstract int Chats { get; }

    protected virtual StorageProvider Provider => StorageProvider.Sqlite;

    [IterationSetup]
    public void Setup() => SetupAsync().GetAwaiter().GetResult();

    [IterationCleanup]
    public void Cleanup()
    {
        Bot.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Site.DisposeAsync().AsTask().GetAwaiter().GetResult();
        Database.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }

    private async Task SetupAsync()
    {
        Site = await FakeMinistrySite.StartAsync();
        var listing = Site.AddListing(ListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur");
        listing.Add(new FakeArticle("bai-cu", "Bài cũ", "Thứ Hai, ngày 30/06/2025 07:43"));
        Bot = await FakeBotApi.StartAsync();
        Bot.Limits = new FakeBotLimits { GlobalPerSecond = Rate };
        Database = await FanOutDatabase.CreateAsync(Chats, Provider);
        listing.Publish(new FakeArticle("bai-moi", $"Tin mới cho {Chats} người", "Thứ Ba, ngày 01/07/2025 07:43", "Tóm tắt"));
    }

    /// <summary>The source on the fake site (never polled by cron during a run), the bot on the fake Bot API, plus <paramref name="extra"/>.</summary>
    protected Dictionary<string, string> WorkerEnvironment(IReadOnlyDictionary<string, string>? extra = null)
    {
        var environment = new Dictionary<string, string>(Database.Environment)
        {
            ["FeedBot__Sources__0__ListingUrl"] = Site.Url(ListingPath).AbsoluteUri,
            ["FeedBot__Sources__0__Schedule"] = "0 0 0 1 1 ? 2099",
            ["FeedBot__Telegram__BotToken"] = Bot.Token,
            ["FeedBot__Telegram__ApiBaseUrl"] = Bot.ApiBaseUrl,
            ["FeedBot__Telegram__Delivery__GlobalPerSecond"] = Rate.ToString(CultureInfo.InvariantCulture),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment[key] = value;
        }

        return environment;
    }

    /// <summary>Waits until every chat got the item (or <paramref name="limit"/> passes, or no worker runs), following the peak memory.</summary>
    protected async Task<long> FollowFanOutAsync(Func<long> peakBytes, Func<bool> running, TimeSpan limit)
    {
        long peak = 0;
        var deadline = DateTime.UtcNow + limit;
        while (Bot.Delivered.Count < Chats && DateTime.UtcNow < deadline && running())
        {
            peak = Math.Max(peak, peakBytes());
            await Task.Delay(200);
        }

        return Math.Max(peak, peakBytes());
    }
}

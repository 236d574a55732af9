using FeedBot.Feeds.Storage;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.Storage;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Worker.Jobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>
/// The real worker host between the fake ministry site and the fake Bot API on loopback: the start-up poll backfills one
/// item; tests add chats, publish items and trigger polls, then watch what Telegram received.
/// </summary>
public sealed class DeliveryWorld : IAsyncDisposable
{
    public const string SourceId = "moh-leadership";
    public const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    public const string SecondSourceId = "moh-news";
    public const string SecondListingPath = "/tin-tong-hop";
    private int _polls = 1;

    private DeliveryWorld(FakeMinistrySite site, FakeListing listing, FakeBotApi bot)
    {
        Site = site;
        Listing = listing;
        Bot = bot;
    }

    public FakeMinistrySite Site { get; }
    public FakeListing Listing { get; }

    /// <summary>The listing of <see cref="SecondSourceId"/>, when the world was started with a second source.</summary>
    public FakeListing? SecondListing { get; private set; }
    public FakeBotApi Bot { get; }
    public WorkerAppFactory App { get; private set; } = null!;

    /// <summary>The store under the worker when it is not the worker's own SQLite file (PostgreSQL).</summary>
    private TestStore? Store { get; set; }

    /// <param name="secondSource">Also a second source, <see cref="SecondSourceId"/>: the first one's configuration on another listing.</param>
    /// <param name="services">Service overrides after the worker's own (e.g. <see cref="FeedBot.Testing.Storage.Counting.CountingStoreDatabase.Decorate"/>).</param>
    public static async Task<DeliveryWorld> StartAsync(
        IDictionary<string, string?>? settings = null, FakeBotLimits? limits = null, StorageProvider provider = StorageProvider.Sqlite,
        bool secondSource = false, Action<IServiceCollection>? services = null)
    {
        var site = await FakeMinistrySite.StartAsync();
        var listing = site.AddListing(ListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur", pageSize: 20);
        listing.Add(Article("bai-cu", "Bài cũ (backfill)"));
        var world = new DeliveryWorld(site, listing, await FakeBotApi.StartAsync());
        world.Bot.Limits = limits;
        world.Store = provider == StorageProvider.Sqlite ? null : await TestStore.CreateAsync(provider);
        var all = world.Settings(settings);
        if (secondSource)
        {
            world.SecondListing = site.AddListing(SecondListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur", pageSize: 20);
            world.SecondListing.Add(Article("tin-cu", "Tin cũ (backfill)"));
            world.AddSecondSource(all);
            world._polls = 2;
        }

        world.App = new WorkerAppFactory(all) { Store = world.Store, TestServices = services };
        _ = world.App.Server;
        await world.App.WaitForPollsAsync(world._polls);
        return world;
    }

    public static FakeArticle Article(string slug, string title, string date = "30/06/2025 07:43") =>
        new(slug, title, $"Thứ Hai, ngày {date}", $"Tóm tắt {title}");

    public T Get<T>() where T : notnull => App.Services.GetRequiredService<T>();

    /// <summary>Chats (id &gt; 0 private, else supergroup) subscribed to the source, in one transaction.</summary>
    public async Task AddChatsAsync(IEnumerable<long> chatIds, string? filter = null, bool paused = false, string language = "vi")
    {
        var rows = chatIds.Select(id => new { id, type = id > 0 ? "private" : "supergroup", filter, paused, language, source = SourceId }).ToList();
        await App.Database.ExecuteAsync(
            """
            INSERT INTO telegram_chats (chat_id, chat_type, language, is_paused, created_utc, updated_utc) VALUES (@id, @type, @language, @paused, 0, 0);
            INSERT INTO telegram_subscriptions (chat_id, source_id, filter, created_utc) VALUES (@id, @source, @filter, 0);
            """,
            rows);
    }

    /// <summary>Puts new items at the top of the listing and runs one poll to completion.</summary>
    public async Task PublishAsync(params FakeArticle[] articles)
    {
        foreach (var article in articles)
        {
            Listing.Publish(article);
        }

        await PollAsync();
    }

    public async Task PollAsync(string sourceId = SourceId)
    {
        var scheduler = await Get<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(PollSourceJob.KeyFor(sourceId));
        await App.WaitForPollsAsync(++_polls);
    }

    /// <summary>Puts new items at the top of the second source's listing and runs one poll of it.</summary>
    public async Task PublishSecondAsync(params FakeArticle[] articles)
    {
        foreach (var article in articles)
        {
            SecondListing!.Publish(article);
        }

        await PollAsync(SecondSourceId);
    }

    /// <summary>Waits (at most <paramref name="seconds"/>) until Telegram accepted <paramref name="count"/> messages in all.</summary>
    public Task WaitForDeliveredAsync(int count, int seconds = 30) =>
        WaitUntilAsync(() => Task.FromResult(Bot.Delivered.Count >= count), seconds, () => $"{Bot.Delivered.Count} of {count} messages delivered");

    public async Task WaitUntilAsync(Func<Task<bool>> condition, int seconds, Func<string> describe)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not within {seconds} s: {describe()}. Last calls: {string.Join(" | ", Bot.Calls.TakeLast(10))}");
            }

            await Task.Delay(50);
        }
    }

    public Task<long> ScalarAsync(string sql) => App.ScalarAsync(sql);

    public Task<IReadOnlyList<T>> QueryAsync<T>(string sql) => App.Database.QueryAsync<T>(sql);

    public Task ExecuteAsync(string sql) => App.Database.ExecuteAsync(sql);

    public IReadOnlyList<FakeBotCall> DeliveredTo(long chatId) => [.. Bot.Delivered.Where(c => c.ChatId == chatId)];

    private Dictionary<string, string?> Settings(IDictionary<string, string?>? overrides)
    {
        var settings = new Dictionary<string, string?>
        {
            ["FeedBot:Sources:0:ListingUrl"] = Site.Url(ListingPath).AbsoluteUri,
            ["FeedBot:Sources:0:Schedule"] = "0 0 0 1 1 ? 2099",
            ["FeedBot:Sources:0:ArticleRetryMinutes"] = "0",
            ["FeedBot:Fetch:TimeoutSeconds"] = "5",
            ["FeedBot:Telegram:BotToken"] = Bot.Token,
            ["FeedBot:Telegram:ApiBaseUrl"] = Bot.ApiBaseUrl,
            ["FeedBot:Telegram:PollTimeoutSeconds"] = "1",
            ["FeedBot:Telegram:HttpTimeoutMarginSeconds"] = "4",
            ["FeedBot:Telegram:Delivery:GlobalPerSecond"] = "30",
            ["FeedBot:Telegram:Delivery:IdlePollMilliseconds"] = "100",
            ["FeedBot:Telegram:Delivery:BackoffBaseSeconds"] = "0.2",
            ["FeedBot:Telegram:Delivery:BackoffMaxSeconds"] = "1",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return settings;
    }

    /// <summary>The shipped first source's keys (selectors, dates, paging) again as source 1, on the second listing.</summary>
    private void AddSecondSource(Dictionary<string, string?> settings)
    {
        var shipped = new ConfigurationBuilder().AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).Build();
        foreach (var (key, value) in shipped.GetSection("FeedBot:Sources:0").AsEnumerable(makePathsRelative: true).Where(p => p.Value is not null))
        {
            settings[$"FeedBot:Sources:1:{key}"] = value;
        }

        settings["FeedBot:Sources:1:Id"] = SecondSourceId;
        settings["FeedBot:Sources:1:Title"] = "Bộ Y tế: Tin tổng hợp";
        settings["FeedBot:Sources:1:ListingUrl"] = Site.Url(SecondListingPath).AbsoluteUri;
        settings["FeedBot:Sources:1:Schedule"] = "0 0 0 1 1 ? 2099";
        settings["FeedBot:Sources:1:ArticleRetryMinutes"] = "0";
    }

    public async ValueTask DisposeAsync()
    {
        App.Dispose();
        await Bot.DisposeAsync();
        await Site.DisposeAsync();
        if (Store is not null)
        {
            await Store.DisposeAsync();
        }
    }
}

using Dapper;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Processes;
using FeedBot.Feeds.Storage;
using FeedBot.Testing.Storage;
using Xunit.Abstractions;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>
/// Crash safety: the real worker process is killed (whole process tree) in the middle of a fan-out and started again;
/// every chat gets the item, and the only duplicates are sends that were in flight at the kill.
/// </summary>
public sealed class DeliveryCrashTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Chats = 300;
    private const int Concurrency = 4;
    private TestStore _store = null!;
    private FakeMinistrySite _site = null!;
    private FakeBotApi _bot = null!;

    public async Task InitializeAsync()
    {
        _store = await TestStore.CreateAsync(StorageProvider.Sqlite);
        _site = await FakeMinistrySite.StartAsync();
        var listing = _site.AddListing(DeliveryWorld.ListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur");
        listing.Add(DeliveryWorld.Article("bai-cu", "Bài cũ"));
        _bot = await FakeBotApi.StartAsync();
        _bot.Limits = new FakeBotLimits();
        _bot.ResponseLatency = TimeSpan.FromMilliseconds(80);
        await SeedAsync();
        listing.Publish(DeliveryWorld.Article("bai-moi", "Tin mới sau sự cố"));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _site.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task Worker_KilledMidFanOutAndRestarted_EveryChatGetsTheItemWithAtMostConcurrencyDuplicates()
    {
        using (var first = WorkerProcess.Start(Environment()))
        {
            await WaitUntilAsync(() => _bot.Delivered.Count >= Chats / 3, first, "a third of the fan-out");
            first.Kill();
        }

        var deliveredBeforeKill = _bot.Delivered.Count;
        using var second = WorkerProcess.Start(Environment());
        await WaitUntilAsync(() => PerChat().Count == Chats && CountSent() == Chats, second, "every chat served and every row sent");

        var perChat = PerChat();
        var duplicates = perChat.Values.Sum(n => n - 1);
        output.WriteLine($"{deliveredBeforeKill} messages before the kill, {duplicates} duplicate(s), {_bot.LimitViolations} 429(s)");
        Assert.InRange(deliveredBeforeKill, Chats / 3, Chats - 1);
        Assert.All(Enumerable.Range(1, Chats), chat => Assert.True(perChat.ContainsKey(chat), $"chat {chat} never got the item"));
        Assert.InRange(duplicates, 0, Concurrency);
        // The new process cannot know when the killed one last wrote to the chats it resends to: such a resend may come
        // within a second of the first copy and be answered 429 (then honoured). Nothing else may run over a limit.
        Assert.InRange(_bot.LimitViolations, 0, duplicates);
    }

    private Dictionary<long, int> PerChat() =>
        _bot.Delivered.GroupBy(c => c.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());

    private long CountSent() => _store.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE status = 'sent'").GetAwaiter().GetResult();

    private static async Task WaitUntilAsync(Func<bool> condition, WorkerProcess worker, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!condition())
        {
            if (worker.HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Not reached: {what} (worker exited: {worker.HasExited}). Worker output:\n{worker.RecentOutput}");
            }

            await Task.Delay(50);
        }
    }

    /// <summary>The schema, the backfilled item (so the start-up poll finds exactly one new item) and the subscribed chats.</summary>
    private async Task SeedAsync()
    {
        await using var host = await DeliveryTestHost.StartOnAsync(_store);
        await host.SaveAsync(DeliveryWorld.SourceId, isBackfill: true, DeliveryTestHost.Item("bai-cu", "Bài cũ"));
        await host.ExecuteAsync(
            """
            INSERT INTO telegram_chats (chat_id, chat_type, created_utc, updated_utc) VALUES (@id, 'private', 0, 0);
            INSERT INTO telegram_subscriptions (chat_id, source_id, created_utc) VALUES (@id, 'moh-leadership', 0);
            """,
            Enumerable.Range(1, Chats).Select(id => new { id }).ToList());
    }

    private Dictionary<string, string> Environment() => new(_store.Environment)
    {
        ["FeedBot__Sources__0__ListingUrl"] = _site.Url(DeliveryWorld.ListingPath).AbsoluteUri,
        ["FeedBot__Sources__0__Schedule"] = "0 0 0 1 1 ? 2099",
        ["FeedBot__Telegram__BotToken"] = _bot.Token,
        ["FeedBot__Telegram__ApiBaseUrl"] = _bot.ApiBaseUrl,
        ["FeedBot__Telegram__PollTimeoutSeconds"] = "1",
        ["FeedBot__Telegram__Delivery__GlobalPerSecond"] = "30",
        ["FeedBot__Telegram__Delivery__Concurrency"] = Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Logging__LogLevel__Default"] = "Warning",
    };
}

using FeedBot.Feeds.Storage;
using FeedBot.Testing;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Processes;
using FeedBot.Testing.Storage;
using FeedBot.Worker.Tests.Delivery;
using Xunit.Abstractions;

namespace FeedBot.Worker.Tests.Metrics;

/// <summary>
/// <c>GET /metrics</c> of the real worker process: after its start-up poll against the fake ministry site stored one
/// new item and delivered it through the fake Bot API to two chats (one answered 429 once), the counters, the
/// histogram, the outbox gauges and ASP.NET Core's request metrics show exactly that.
/// </summary>
public sealed class MetricsEndpointTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private static readonly (string, string) Source = ("source", DeliveryWorld.SourceId);
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
        await using (var host = await DeliveryTestHost.StartOnAsync(_store))
        {
            await host.SaveAsync(DeliveryWorld.SourceId, isBackfill: true, DeliveryTestHost.Item("bai-cu", "Bài cũ"));
            foreach (var chat in new long[] { 1, 2 })
            {
                await host.AddChatAsync(chat);
                await host.SubscribeAsync(chat, DeliveryWorld.SourceId);
            }
        }

        listing.Publish(DeliveryWorld.Article("bai-moi", "Tin mới"));
        _bot.FailChat(2, FakeBotError.TooManyRequests(1));
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _site.DisposeAsync();
        await _store.DisposeAsync();
    }

    [Fact]
    public async Task Metrics_AfterAPollAndADelivery_CountersGaugesAndRequestMetricsMoved()
    {
        using var worker = WorkerProcess.Start(Environment());
        using var http = new HttpClient { BaseAddress = await worker.WaitForListeningAsync(Patience) };
        await Conditions.WaitAsync(() => _bot.Delivered.Select(c => c.ChatId).Distinct().Count() == 2, Patience, "both chats served", () => worker.RecentOutput);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await http.GetAsync("/feeds/moh-leadership.rss")).StatusCode);

        PrometheusScrape scrape = null!;
        await Conditions.WaitAsync(async () =>
            {
                scrape = PrometheusScrape.Parse(await http.GetStringAsync("/metrics"));
                return scrape.Value("feedbot_deliveries_total", ("outcome", "sent")) == 2
                    && scrape.Has("feedbot_deliveries_waiting")
                    && scrape.Value("feedbot_deliveries_waiting", ("status", "pending")) == 0
                    && scrape.Value("http_server_request_duration_seconds_count", ("http_route", "/feeds/{sourceId}.{format}")) >= 1;
            },
            Patience, "the delivery and the feed request in /metrics", () => scrape?.Text ?? "no scrape");
        output.WriteLine(scrape.Text);

        Assert.Equal(1, scrape.Value("feedbot_polls_total", Source, ("outcome", "success")));
        Assert.Equal(0, scrape.Value("feedbot_polls_total", Source, ("outcome", "failed")));
        Assert.Equal(1, scrape.Value("feedbot_poll_duration_seconds_count", Source, ("outcome", "success")));
        Assert.Equal(1, scrape.Value("feedbot_poll_duration_seconds_bucket", Source, ("outcome", "success"), ("le", "+Inf")));
        Assert.InRange(scrape.Value("feedbot_poll_duration_seconds_sum", Source), 0.000001, 120);
        Assert.Equal(1, scrape.Value("feedbot_items_stored_total", Source, ("change", "new")));
        Assert.Equal(1, scrape.Value("feedbot_deliveries_total", ("outcome", "rate_limited")));
        Assert.Equal(1, scrape.Value("feedbot_telegram_rate_limited_total"));
        Assert.Equal(0, scrape.Value("feedbot_deliveries_waiting", ("status", "held")));
        Assert.InRange(scrape.Value("feedbot_delivery_send_rate_per_second"), 2 / 60.0 - 0.01, 2 / 60.0 + 0.01);
        Assert.Equal(1, scrape.Value("http_server_request_duration_seconds_count",
            ("http_route", "/feeds/{sourceId}.{format}"), ("http_response_status_code", "200")));
    }

    private Dictionary<string, string> Environment() => new(_store.Environment)
    {
        ["FeedBot__Sources__0__ListingUrl"] = _site.Url(DeliveryWorld.ListingPath).AbsoluteUri,
        ["FeedBot__Sources__0__Schedule"] = "0 0 0 1 1 ? 2099",
        ["FeedBot__Telegram__BotToken"] = _bot.Token,
        ["FeedBot__Telegram__ApiBaseUrl"] = _bot.ApiBaseUrl,
        ["FeedBot__Telegram__PollTimeoutSeconds"] = "1",
        ["FeedBot__Metrics__GaugeReadIntervalSeconds"] = "1",
        ["Logging__LogLevel__Default"] = "Warning",
    };
}

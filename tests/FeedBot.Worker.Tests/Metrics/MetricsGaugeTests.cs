using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Storage.Counting;
using Microsoft.Extensions.DependencyInjection;

namespace FeedBot.Worker.Tests.Metrics;

/// <summary>
/// The outbox gauges read the database at most once per <c>GaugeReadIntervalSeconds</c>, however often <c>/metrics</c>
/// is scraped: the worker host (bot on, against the fake Bot API) with its store's connections counted.
/// </summary>
public sealed class MetricsGaugeTests : IAsyncLifetime
{
    private const string StatsQuery = "SELECT status, COUNT(*) FROM deliveries GROUP BY status";
    private FakeBotApi _bot = null!;

    public async Task InitializeAsync() => _bot = await FakeBotApi.StartAsync();

    public async Task DisposeAsync() => await _bot.DisposeAsync();

    [Fact]
    public async Task Get_ScrapedThreeTimesWithinTheInterval_ReadsTheOutboxOnce()
    {
        using var app = new WorkerAppFactory(new Dictionary<string, string?>
        {
            ["FeedBot:Sources:0:Enabled"] = "false",
            ["FeedBot:Telegram:BotToken"] = _bot.Token,
            ["FeedBot:Telegram:ApiBaseUrl"] = _bot.ApiBaseUrl,
            ["FeedBot:Telegram:PollTimeoutSeconds"] = "1",
            ["FeedBot:Metrics:GaugeReadIntervalSeconds"] = "3600",
        })
        { TestServices = CountingStoreDatabase.Decorate };
        using var client = app.CreateClient();
        var log = app.Services.GetRequiredService<CountingStoreDatabase>().Log;

        var scrapes = new List<PrometheusScrape>();
        for (var i = 0; i < 3; i++)
        {
            scrapes.Add(PrometheusScrape.Parse(await client.GetStringAsync("/metrics")));
        }

        Assert.Equal(1, log.Commands.Count(c => c.Contains(StatsQuery, StringComparison.Ordinal)));
        Assert.All(scrapes, s => Assert.Equal(0, s.Value("feedbot_deliveries_waiting", ("status", "pending"))));
        Assert.All(scrapes, s => Assert.True(s.Has("feedbot_deliveries_waiting"), s.Text));
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using FeedBot.Feeds.Scraping;
using FeedBot.Testing;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.Logging;
using FeedBot.Worker.Health;
using FeedBot.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace FeedBot.Worker.Tests.Jobs;

/// <summary>
/// The site's <c>Retry-After</c> on 503/429 through the real poll path: the worker host (Quartz poll job, SourcePoller,
/// SQLite store, fetcher) and /healthz on one ManualClock against the fake site, counting the requests it gets. A fire is a
/// trigger of the source's poll job (Quartz keeps real time); the source's cron fires yearly from 2099, never during a test.
/// </summary>
public sealed class PollRetryAfterTests : IAsyncLifetime
{
    private const string SourceId = "moh-leadership";
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private static readonly DateTimeOffset Start = new(2025, 7, 1, 1, 0, 0, TimeSpan.Zero);
    private readonly ManualClock _clock = new(Start);
    private readonly CapturingLoggerProvider _logs = new();
    private readonly string _databasePath = Path.Combine(Path.GetTempPath(), $"feedbot-test-{Guid.NewGuid():N}.db");
    private FakeMinistrySite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await FakeMinistrySite.StartAsync();
        _site.AddListing(ListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur").Add(
            new FakeArticle("bai-a", "Bài A", "Chủ Nhật, ngày 29/06/2025 21:55", "Tóm tắt", null, "<p>Nội dung</p>", "29/06/2025 | 21:55 PM"));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    public static TheoryData<string, int> Answers => new()
    {
        { "503 Retry-After: 120", 120 },
        { "429 Retry-After: <HTTP date 10 minutes on>", 600 },
        { "503 Retry-After: 7200, above the 60-minute cap", 3600 },
    };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task Fire_BeforeTheSiteSaidRetry_MakesNoRequestAndTheFirstFireAfterPollsAgain(string answer, int waitSeconds)
    {
        _site.InjectFault(ListingPath, Fault(answer), times: 1);
        var notBefore = Start + TimeSpan.FromSeconds(waitSeconds);
        using var app = CreateApp();
        var client = app.CreateClient();
        await app.WaitForPollsAsync(1);
        Assert.Single(_site.Requests);

        await FireAsync(app, deferredSoFar: 1);
        _clock.Advance(notBefore - _clock.GetUtcNow() - TimeSpan.FromSeconds(1));
        await FireAsync(app, deferredSoFar: 2);

        Assert.Single(_site.Requests);
        Assert.Equal(1, await app.ScalarAsync("SELECT COUNT(*) FROM polls"));
        Assert.Equal(notBefore, (await NextPollNotBeforeAsync(client)).GetDateTimeOffset());
        Assert.Equal(notBefore.ToUnixTimeMilliseconds(), await app.ScalarAsync("SELECT not_before_utc FROM polls"));

        _clock.Advance(TimeSpan.FromSeconds(1));
        await TriggerAsync(app);
        await app.WaitForPollsAsync(2);

        Assert.Equal(2, _site.RequestCount(ListingPath));
        Assert.Equal(0, await app.ScalarAsync("SELECT COUNT(*) FROM polls WHERE id = (SELECT MAX(id) FROM polls) AND error IS NOT NULL"));
        Assert.Equal(JsonValueKind.Null, (await NextPollNotBeforeAsync(client)).ValueKind);
    }

    [Fact]
    public async Task Restart_BeforeTheSiteSaidRetry_StartUpPollIsDeferredToo()
    {
        _site.InjectFault(ListingPath, SiteFault.Unavailable(TimeSpan.FromSeconds(120)), times: 1);
        using (var first = CreateApp(keepDatabase: true))
        {
            _ = first.Server;
            await first.WaitForPollsAsync(1);
        }

        _clock.Advance(TimeSpan.FromSeconds(60));
        using var second = CreateApp();
        _ = second.Server;
        await WaitForDeferredAsync(1);

        Assert.Single(_site.Requests);
        _clock.Advance(TimeSpan.FromSeconds(60));
        await TriggerAsync(second);
        await second.WaitForPollsAsync(2);
        Assert.Equal(2, _site.RequestCount(ListingPath));
    }

    private static SiteFault Fault(string answer) => answer switch
    {
        "503 Retry-After: 120" => SiteFault.Unavailable(TimeSpan.FromSeconds(120)),
        "429 Retry-After: <HTTP date 10 minutes on>" => SiteFault.UnavailableUntil(Start.AddMinutes(10), status: 429),
        _ => SiteFault.Unavailable(TimeSpan.FromSeconds(7200)),
    };

    private WorkerAppFactory CreateApp(bool keepDatabase = false) => new(new Dictionary<string, string?>
    {
        ["FeedBot:Sources:0:ListingUrl"] = _site.Url(ListingPath).AbsoluteUri,
        ["FeedBot:Sources:0:Schedule"] = "0 0 0 1 1 ? 2099",
        ["FeedBot:Sources:0:BackfillPages"] = "1",
        ["FeedBot:Fetch:TimeoutSeconds"] = "10",
    })
    {
        DatabasePath = _databasePath,
        KeepDatabase = keepDatabase,
        Logs = _logs,
        TestServices = OnManualClock,
    };

    /// <summary>The poll path (poller, fetcher) and /healthz read the ManualClock; Quartz keeps real time so that its triggers fire.</summary>
    private void OnManualClock(IServiceCollection services)
    {
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<SourcePoller>(sp, _clock, ActivatorUtilities.CreateInstance<SiteFetcher>(
            sp, sp.GetRequiredService<IHttpClientFactory>().CreateClient(nameof(SiteFetcher)), _clock)));
        services.AddSingleton(sp => ActivatorUtilities.CreateInstance<HealthReporter>(sp, _clock));
    }

    /// <summary>Fires the poll job and waits until the poller logged that many deferred fires in all.</summary>
    private async Task FireAsync(WorkerAppFactory app, int deferredSoFar)
    {
        await TriggerAsync(app);
        await WaitForDeferredAsync(deferredSoFar);
    }

    private static async Task TriggerAsync(WorkerAppFactory app)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(PollSourceJob.KeyFor(SourceId));
    }

    private async Task WaitForDeferredAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (Deferred() < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"{Deferred()} of {count} deferred fires logged within 30 s; {_site.Requests.Count} requests to the site.");
            }

            await Task.Delay(20);
        }
    }

    private int Deferred() => _logs.Entries.Count(e => e.Category == typeof(SourcePoller).FullName && e.Message.StartsWith($"Poll of {SourceId} deferred", StringComparison.Ordinal));

    private static async Task<JsonElement> NextPollNotBeforeAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz");
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("sources")[0].GetProperty("nextPollNotBeforeUtc");
    }
}

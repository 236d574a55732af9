using System.Net;
using System.Text.Json;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Testing;
using FeedBot.Testing.FakeSite;
using FeedBot.Worker.Health;
using FeedBot.Worker.Jobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>
/// /healthz against real polls of the fake site. The health check reads a ManualClock (the polls and Quartz keep the
/// system clock); the source's cron fires yearly from 2099 (never during the test), so its interval is a year and
/// "3 intervals" is 3 years of manual time.
/// </summary>
public sealed class HealthEndpointsTests : IAsyncLifetime
{
    private const string ListingPath = "/hoat-dong-cua-lanh-dao-bo";
    private readonly ManualClock _clock = new(DateTimeOffset.UtcNow);
    private FakeMinistrySite _site = null!;

    public async Task InitializeAsync()
    {
        _site = await FakeMinistrySite.StartAsync();
        _site.AddListing(ListingPath, "_101_INSTANCE_TW6LTp1ZtwaN_cur").Add(
            new FakeArticle("bai-a", "Bài A", "Chủ Nhật, ngày 29/06/2025 21:55", "Tóm tắt", null, "<p>Nội dung</p>", "29/06/2025 | 21:55 PM"));
    }

    public async Task DisposeAsync() => await _site.DisposeAsync();

    [Fact]
    public async Task Get_SourceKeepsFailing_200Until3IntervalsPassThen503WithTheError()
    {
        using var app = new WorkerAppFactory(Settings()) { TestServices = HealthOnManualClock };
        var client = app.CreateClient();
        await app.WaitForPollsAsync(1);
        var (healthy, body) = await GetAsync(client);
        Assert.Equal(HttpStatusCode.OK, healthy);
        Assert.Equal("success", body.GetProperty("sources")[0].GetProperty("lastPoll").GetProperty("outcome").GetString());
        Assert.Equal(1, body.GetProperty("sources")[0].GetProperty("itemCount").GetInt32());
        var lastSuccess = body.GetProperty("sources")[0].GetProperty("lastSuccessUtc").GetDateTimeOffset();
        Assert.Equal(TimeSpan.FromDays(365).TotalSeconds, body.GetProperty("sources")[0].GetProperty("intervalSeconds").GetDouble());

        _site.InjectFault(ListingPath, SiteFault.ServerError());
        for (var poll = 2; poll <= 3; poll++)
        {
            _clock.Advance(TimeSpan.FromDays(365));
            await PollAsync(app, poll);
            Assert.Equal(HttpStatusCode.OK, (await GetAsync(client)).Status);
        }

        _clock.Advance(TimeSpan.FromDays(366));
        await PollAsync(app, 4);
        var (status, failing) = await GetAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        var source = failing.GetProperty("sources")[0];
        Assert.Equal("unhealthy", failing.GetProperty("status").GetString());
        Assert.False(failing.TryGetProperty("isHealthy", out _));
        Assert.False(source.GetProperty("healthy").GetBoolean());
        Assert.Equal("failure", source.GetProperty("lastPoll").GetProperty("outcome").GetString());
        Assert.Equal(500, source.GetProperty("lastPoll").GetProperty("httpStatus").GetInt32());
        Assert.False(string.IsNullOrEmpty(source.GetProperty("lastPoll").GetProperty("error").GetString()));
        Assert.Equal(3, source.GetProperty("consecutiveFailures").GetInt32());
        Assert.Equal(lastSuccess, source.GetProperty("lastSuccessUtc").GetDateTimeOffset());
    }

    [Fact]
    public async Task Get_EnabledSourceNeverSucceeded_503AndDisabledSourceIgnored()
    {
        _site.InjectFault(ListingPath, SiteFault.ServerError());
        var settings = Settings();
        settings["FeedBot:Sources:0:Schedule"] = "0 0/5 * * * ?";
        using var app = new WorkerAppFactory(settings) { TestServices = HealthOnManualClock };
        var client = app.CreateClient();
        await app.WaitForPollsAsync(1);

        var (status, body) = await GetAsync(client);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, status);
        Assert.Equal(300, body.GetProperty("sources")[0].GetProperty("intervalSeconds").GetDouble());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("sources")[0].GetProperty("lastSuccessUtc").ValueKind);
    }

    [Fact]
    public async Task Get_OnlySourceDisabled_200()
    {
        var settings = Settings();
        settings["FeedBot:Sources:0:Enabled"] = "false";
        using var app = new WorkerAppFactory(settings) { TestServices = HealthOnManualClock };

        var (status, body) = await GetAsync(app.CreateClient());

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.False(body.GetProperty("sources")[0].GetProperty("enabled").GetBoolean());
    }

    private void HealthOnManualClock(IServiceCollection services) =>
        services.AddSingleton(sp => new HealthReporter(
            sp.GetRequiredService<IItemStore>(), sp.GetRequiredService<IOptionsMonitor<SourcesOptions>>(), sp.GetRequiredService<HealthCheckService>(), _clock, sp.GetRequiredService<ILogger<HealthReporter>>()));

    private Dictionary<string, string?> Settings() => new()
    {
        ["FeedBot:Sources:0:ListingUrl"] = _site.Url(ListingPath).AbsoluteUri,
        ["FeedBot:Sources:0:Schedule"] = "0 0 0 1 1 ? 2099-2101",
        ["FeedBot:Sources:0:BackfillPages"] = "1",
        ["FeedBot:Fetch:TimeoutSeconds"] = "5",
    };

    private static async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(HttpClient client)
    {
        using var response = await client.GetAsync("/healthz");
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        return (response.StatusCode, JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone());
    }

    private static async Task PollAsync(WorkerAppFactory app, int expectedPolls)
    {
        var scheduler = await app.Services.GetRequiredService<ISchedulerFactory>().GetScheduler();
        await scheduler.TriggerJob(PollSourceJob.KeyFor("moh-leadership"));
        await app.WaitForPollsAsync(expectedPolls);
    }
}

using System.Net;

namespace FeedBot.Worker.Tests.Metrics;

/// <summary><c>FeedBot:Metrics</c>: on by default, off answers 404, a bad interval stops start-up naming the key.</summary>
public sealed class MetricsOptionsTests
{
    [Fact]
    public async Task Get_DefaultSettings_ServesThePrometheusTextFormat()
    {
        using var app = new WorkerAppFactory(Settings());
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.True(PrometheusScrape.Parse(await response.Content.ReadAsStringAsync()).Has("target_info"));
    }

    [Fact]
    public async Task Get_MetricsDisabled_Answers404()
    {
        var settings = Settings();
        settings["FeedBot:Metrics:Enabled"] = "false";
        using var app = new WorkerAppFactory(settings);
        using var client = app.CreateClient();

        using var response = await client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/feeds.opml")).StatusCode);
    }

    [Theory]
    [InlineData("0")]
    [InlineData("3601")]
    public async Task Start_BadGaugeReadInterval_FailsNamingTheKey(string value)
    {
        var error = await WorkerAppFactory.StartupValidationFailureAsync(new Dictionary<string, string?> { ["FeedBot:Metrics:GaugeReadIntervalSeconds"] = value });

        Assert.Contains("FeedBot:Metrics:GaugeReadIntervalSeconds must be from 1 to 3600.", error.Message);
    }

    /// <summary>No source polls: nothing here may reach the real site.</summary>
    private static Dictionary<string, string?> Settings() => new() { ["FeedBot:Sources:0:Enabled"] = "false" };
}

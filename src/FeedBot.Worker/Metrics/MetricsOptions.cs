namespace FeedBot.Worker.Metrics;

/// <summary><c>FeedBot:Metrics</c>: the Prometheus scrape endpoint <c>GET /metrics</c>.</summary>
public sealed class MetricsOptions
{
    public const string SectionName = "FeedBot:Metrics";

    /// <summary>Serve <c>/metrics</c>; off, the path answers 404 and no measurement is collected.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Gauges that read the database (the outbox by status) read it at most once in this many seconds, and at most once per scrape.</summary>
    public int GaugeReadIntervalSeconds { get; set; } = 5;

    public TimeSpan GaugeReadInterval => TimeSpan.FromSeconds(GaugeReadIntervalSeconds);

    /// <summary>Read straight from configuration, for the registration and the endpoint mapping (before options are validated).</summary>
    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetSection(SectionName).Get<MetricsOptions>()?.Enabled ?? true;
}

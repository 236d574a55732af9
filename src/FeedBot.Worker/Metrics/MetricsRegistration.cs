using FeedBot.Feeds.Scraping;
using FeedBot.Worker.Delivery;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;

namespace FeedBot.Worker.Metrics;

/// <summary>
/// <c>/metrics</c> through OpenTelemetry's Prometheus exporter: the library's poll meter, delivery's meter, and ASP.NET
/// Core's own request and Kestrel meters. The meter factory every module's meter comes from is registered either way; the
/// exporter (and so any collection) only when <c>FeedBot:Metrics:Enabled</c> is true.
/// </summary>
internal static class MetricsRegistration
{
    /// <summary>ASP.NET Core's built-in meters: <c>http.server.request.duration</c>, active requests, Kestrel connections.</summary>
    private static readonly string[] AspNetCoreMeters = ["Microsoft.AspNetCore.Hosting", "Microsoft.AspNetCore.Server.Kestrel"];

    public static IHostApplicationBuilder AddFeedBotMetrics(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<MetricsOptions>().BindConfiguration(MetricsOptions.SectionName)
            .Validate(o => o.GaugeReadIntervalSeconds is >= 1 and <= 3600, "FeedBot:Metrics:GaugeReadIntervalSeconds must be from 1 to 3600.")
            .ValidateOnStart();

        // Every module's meter (the library's PollMetrics, delivery's DeliveryMetrics) is created through IMeterFactory,
        // with /metrics on or off: the host provides it here, not one module for the others.
        builder.Services.AddMetrics();
        if (MetricsOptions.IsEnabled(builder.Configuration))
        {
            builder.Services.AddOpenTelemetry()
                .ConfigureResource(resource => resource.AddService("feedbot"))
                .WithMetrics(metrics => metrics
                    .AddMeter(PollMetrics.MeterName, DeliveryMetrics.MeterName)
                    .AddMeter(AspNetCoreMeters)
                    .AddPrometheusExporter());
        }

        return builder;
    }
}

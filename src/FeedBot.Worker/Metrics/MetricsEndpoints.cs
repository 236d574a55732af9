namespace FeedBot.Worker.Metrics;

/// <summary><c>GET /metrics</c>: Prometheus text format; the gauge sources are refreshed first. Not mapped (404) when metrics are off.</summary>
internal static class MetricsEndpoints
{
    public static IEndpointRouteBuilder MapMetricsEndpoints(this IEndpointRouteBuilder app)
    {
        if (!MetricsOptions.IsEnabled(app.ServiceProvider.GetRequiredService<IConfiguration>()))
        {
            return app;
        }

        app.MapGroup("/metrics").WithTags("Metrics").MapPrometheusScrapingEndpoint("/", meterProvider: null, configureBranchedPipeline: pipeline =>
            pipeline.Use(async (context, next) =>
            {
                foreach (var source in context.RequestServices.GetServices<IGaugeSource>())
                {
                    await source.RefreshAsync(context.RequestAborted);
                }

                await next(context);
            }), optionsName: null);
        return app;
    }
}

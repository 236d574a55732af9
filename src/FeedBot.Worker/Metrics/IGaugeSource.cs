namespace FeedBot.Worker.Metrics;

/// <summary>
/// What a module's observable gauges read, brought up to date (asynchronously, at most once per scrape) before
/// <c>/metrics</c> collects: the gauges' callbacks then only read memory, never the database.
/// </summary>
public interface IGaugeSource
{
    Task RefreshAsync(CancellationToken cancellationToken);
}

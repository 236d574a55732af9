using System.Text.Json.Serialization;

namespace FeedBot.Worker.Health;

/// <summary>
/// The body of <c>/healthz</c>; <see cref="Status"/> is <c>healthy</c> (HTTP 200) or <c>unhealthy</c> (503).
/// <see cref="Checks"/> holds the registered health checks (Telegram delivery: outbox counts, oldest pending age, send rate).
/// </summary>
public sealed record HealthReport(
    string Status,
    DateTimeOffset CheckedUtc,
    IReadOnlyList<SourceHealth> Sources,
    string? Error = null,
    IReadOnlyDictionary<string, ComponentHealth>? Checks = null)
{
    [JsonIgnore]
    public bool IsHealthy => Status == "healthy";
}

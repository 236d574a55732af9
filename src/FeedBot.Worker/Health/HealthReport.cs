using System.Text.Json.Serialization;

namespace FeedBot.Worker.Health;

/// <summary>The body of <c>/healthz</c>; <see cref="Status"/> is <c>healthy</c> (HTTP 200) or <c>unhealthy</c> (503).</summary>
public sealed record HealthReport(string Status, DateTimeOffset CheckedUtc, IReadOnlyList<SourceHealth> Sources, string? Error = null)
{
    [JsonIgnore]
    public bool IsHealthy => Status == "healthy";
}

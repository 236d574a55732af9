namespace FeedBot.Serving.Benchmarks;

/// <summary>A request shape measured against both servers: its headers for a server's feed, and the status it must get.</summary>
public sealed record ServingScenario(string Name, int Status, Func<ServedFeed, IReadOnlyList<string>> Headers)
{
    public static IReadOnlyList<ServingScenario> All { get; } =
    [
        new("identity 200", 200, _ => []),
        new("gzip 200", 200, _ => ["Accept-Encoding: gzip"]),
        new("conditional 304 (gzip)", 304, feed => ["Accept-Encoding: gzip", $"If-None-Match: {feed.GzipETag}"]),
    ];
}

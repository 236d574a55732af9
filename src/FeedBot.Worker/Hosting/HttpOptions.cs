namespace FeedBot.Worker.Hosting;

/// <summary><c>FeedBot:Http</c>: where Kestrel listens and the public address used in feed links.</summary>
public sealed class HttpOptions
{
    public const string SectionName = "FeedBot:Http";

    public string Urls { get; set; } = "http://localhost:8080";

    /// <summary>Base URL for absolute links when behind a reverse proxy; empty means the request's own.</summary>
    public string? PublicBaseUrl { get; set; }
}

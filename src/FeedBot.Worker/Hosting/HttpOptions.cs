namespace FeedBot.Worker.Hosting;

/// <summary><c>FeedBot:Http</c>: where Kestrel listens and the public address used in feed links.</summary>
public sealed class HttpOptions
{
    public const string SectionName = "FeedBot:Http";

    public string Urls { get; set; } = "http://localhost:8080";

    /// <summary>Base URL for absolute links when behind a reverse proxy; empty means the request's own.</summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>
    /// Run a request's code on the thread that completed its socket read instead of queueing it to another thread-pool
    /// thread (Kestrel's <c>UnsafePreferInlineScheduling</c>). The runtime still completes socket operations on
    /// thread-pool threads (<c>DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS</c> is not set), so a slow request blocks a
    /// pool thread as before, not the socket engine. The serving benchmark chose it (README, Serving benchmark).
    /// </summary>
    public bool InlineScheduling { get; set; } = true;
}

namespace FeedBot.Feeds.Scraping;

/// <summary><c>FeedBot:Fetch</c>: how pages are fetched from the sites.</summary>
public sealed class FetchOptions
{
    public const string SectionName = "FeedBot:Fetch";

    public const string DefaultUserAgent = "FeedBot/1.0 (+https://github.com/feedbot/feedbot)";

    /// <summary>Whole-request timeout (headers and body), in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 30;

    /// <summary>Largest response body read; a bigger page fails with <see cref="FetchFailure.TooLarge"/>.</summary>
    public long MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>User-Agent sent with every request; names FeedBot and where to learn about it.</summary>
    public string UserAgent { get; set; } = DefaultUserAgent;

    /// <summary>Longest wait a site's <c>Retry-After</c> (on 503/429) can impose on a source, in minutes.</summary>
    public int MaxRetryAfterMinutes { get; set; } = 60;

    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    public TimeSpan MaxRetryAfter => TimeSpan.FromMinutes(MaxRetryAfterMinutes);
}

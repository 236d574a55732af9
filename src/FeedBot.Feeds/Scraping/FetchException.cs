namespace FeedBot.Feeds.Scraping;

/// <summary>A page could not be fetched; <see cref="Kind"/> says why. The message names the URL.</summary>
public sealed class FetchException : Exception
{
    public FetchException(FetchFailure kind, Uri url, string message, Exception? inner = null, int? statusCode = null, TimeSpan? retryAfter = null)
        : base(message, inner)
    {
        Kind = kind;
        Url = url;
        StatusCode = statusCode;
        RetryAfter = retryAfter;
    }

    public FetchFailure Kind { get; }

    public Uri Url { get; }

    /// <summary>The HTTP status when the site answered one.</summary>
    public int? StatusCode { get; }

    /// <summary>The site's <c>Retry-After</c> on 503/429, when it sent one.</summary>
    public TimeSpan? RetryAfter { get; }
}

namespace FeedBot.Feeds.Scraping;

/// <summary>Why a fetch failed.</summary>
public enum FetchFailure
{
    /// <summary>The site answered with an error status (see <see cref="FetchException.StatusCode"/>).</summary>
    HttpStatus,

    /// <summary>No complete answer within <c>FeedBot:Fetch:TimeoutSeconds</c>.</summary>
    Timeout,

    /// <summary>DNS, connection refused or reset before an answer.</summary>
    Network,

    /// <summary>The body ended before it was complete.</summary>
    Truncated,

    /// <summary>The body is bigger than <c>FeedBot:Fetch:MaxResponseBytes</c>.</summary>
    TooLarge,

    /// <summary>The answer is not an HTML page (an image, a PDF, binary bytes).</summary>
    NotHtml,

    /// <summary>The TLS handshake failed (typically an incomplete certificate chain).</summary>
    Tls,
}

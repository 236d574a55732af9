namespace FeedBot.Feeds.Scraping;

/// <summary>A fetched page did not have the expected shape (layout changed, maintenance page, missing body).</summary>
public sealed class ScrapeException : Exception
{
    public ScrapeException(string message)
        : base(message)
    {
    }

    public ScrapeException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

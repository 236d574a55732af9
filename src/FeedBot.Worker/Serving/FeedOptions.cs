namespace FeedBot.Worker.Serving;

/// <summary><c>FeedBot:Feeds</c>: how feeds are served and cached.</summary>
public sealed class FeedOptions
{
    public const string SectionName = "FeedBot:Feeds";

    /// <summary>Items per feed when the request has no <c>limit</c>.</summary>
    public int DefaultLimit { get; set; } = 50;

    /// <summary>The largest <c>limit</c> a request may ask for.</summary>
    public int MaxLimit { get; set; } = 200;

    /// <summary>How many of the newest items a <c>q</c> filter searches.</summary>
    public int FilterWindow { get; set; } = 1000;

    /// <summary>The longest <c>q</c> accepted, in characters.</summary>
    public int MaxQueryLength { get; set; } = 200;

    /// <summary>Rendered responses kept in memory at most (each feed, format, limit, q and base URL is one).</summary>
    public int CacheEntries { get; set; } = 512;

    /// <summary>A rendered response unused this long is dropped.</summary>
    public int CacheIdleMinutes { get; set; } = 60;

    /// <summary><c>Cache-Control: max-age</c> for a source whose schedule has no regular interval.</summary>
    public int DefaultMaxAgeSeconds { get; set; } = 300;

    /// <summary>Latest items listed per source on the home page.</summary>
    public int HomePageItems { get; set; } = 5;

    /// <summary>Search results listed at most on the home page (the search looks at <see cref="FilterWindow"/> items per source).</summary>
    public int HomeSearchResults { get; set; } = 20;
}

namespace FeedBot.Feeds.Writing;

/// <summary>What a feed says about its source.</summary>
/// <param name="Id">The source id; feed and entry ids derive from it, never from a URL, so they survive a move.</param>
/// <param name="HomePageUrl">The site's own page for the source (RSS <c>link</c>, Atom alternate, JSON <c>home_page_url</c>).</param>
/// <param name="Ttl">How often the source is polled (RSS <c>ttl</c>); null when it has no regular schedule.</param>
public sealed record FeedChannel(
    string Id,
    string Title,
    string? Description,
    string Language,
    Uri HomePageUrl,
    TimeSpan? Ttl);

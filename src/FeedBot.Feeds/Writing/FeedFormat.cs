namespace FeedBot.Feeds.Writing;

/// <summary>The syndication formats every source is served as.</summary>
public enum FeedFormat
{
    Rss,
    Atom,
    Json,
}

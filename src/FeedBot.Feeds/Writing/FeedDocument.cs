namespace FeedBot.Feeds.Writing;

/// <summary>One feed ready to write: the channel, its entries newest first, and where the feed itself lives.</summary>
/// <param name="SelfUrl">The absolute URL of this feed in this format (RSS <c>atom:link</c>, Atom self, JSON <c>feed_url</c>).</param>
/// <param name="UpdatedUtc">The newest change among the entries (RSS <c>lastBuildDate</c>, Atom <c>updated</c>).</param>
public sealed record FeedDocument(
    FeedChannel Channel,
    IReadOnlyList<FeedEntry> Entries,
    Uri SelfUrl,
    DateTimeOffset UpdatedUtc)
{
    public const string Generator = "FeedBot";
}

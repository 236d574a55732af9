namespace FeedBot.Feeds.Model;

/// <summary>An item as read from a listing page, before storage.</summary>
/// <param name="Key">Identity within the source (the article slug); stable across links.</param>
/// <param name="Link">Canonical absolute link (no session, no redirect).</param>
/// <param name="PublishedEstimated">True when the listing's date could not be parsed and
/// <see cref="PublishedUtc"/> is the time of the scrape instead; the caller logs a warning.</param>
public sealed record ScrapedItem(
    string Key,
    string Link,
    string Title,
    string? Summary,
    string? ImageUrl,
    DateTimeOffset PublishedUtc,
    bool PublishedEstimated = false);

namespace FeedBot.Feeds.Model;

/// <summary>An item as read from a listing page, before storage.</summary>
/// <param name="Key">Identity within the source (the article slug); stable across links.</param>
/// <param name="Link">Canonical absolute link (no session, no redirect).</param>
public sealed record ScrapedItem(
    string Key,
    string Link,
    string Title,
    string? Summary,
    string? ImageUrl,
    DateTimeOffset PublishedUtc);

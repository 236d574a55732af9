namespace FeedBot.Feeds.Writing;

/// <summary>
/// An item as every writer emits it: clean NFC text without XML-forbidden characters, sanitized HTML, absolute
/// http(s) URLs only. Built by <see cref="FeedEntryFactory"/>; writers never see raw scraped text.
/// </summary>
/// <param name="Id">Stable id (a tag URI from the source id and the item's key): never changes with the title or link.</param>
/// <param name="Summary">Plain-text summary, or null: for fields that are text by their spec (Atom <c>type="text"</c>, JSON <c>summary</c>).</param>
/// <param name="SummaryHtml">The same summary HTML-escaped, or null: for fields read as HTML (RSS <c>description</c>).</param>
/// <param name="ContentHtml">Sanitized full text, else the summary as a paragraph, else null.</param>
/// <param name="ImageType">The image's media type guessed from its extension (for RSS enclosures).</param>
/// <param name="People">The configured people the item is tagged with, in configuration order.</param>
public sealed record FeedEntry(
    string Id,
    Uri Link,
    string Title,
    string? Summary,
    string? SummaryHtml,
    string? ContentHtml,
    Uri? ImageUrl,
    string ImageType,
    DateTimeOffset PublishedUtc,
    DateTimeOffset UpdatedUtc,
    IReadOnlyList<FeedPerson> People);

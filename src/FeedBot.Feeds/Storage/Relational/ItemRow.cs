using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage.Relational;

/// <summary>
/// The <c>items</c> table's row shape; times are Unix milliseconds, UTC. Reads of whole items select <see cref="Columns"/>;
/// a listing's change detection only <see cref="ListingColumns"/> and a write's <c>RETURNING</c> what it lacks
/// (<see cref="WithBackfill"/>): a column not selected keeps its property's default.
/// </summary>
internal sealed class ItemRow
{
    public long Id { get; set; }
    public string Source_Id { get; set; } = "";
    public string Item_Key { get; set; } = "";
    public string Link { get; set; } = "";
    public string Title { get; set; } = "";
    public string? Summary { get; set; }
    public string? Image_Url { get; set; }
    public long Published_Utc { get; set; }
    public long First_Seen_Utc { get; set; }
    public long Updated_Utc { get; set; }
    public string? Content_Html { get; set; }

    /// <summary>Read only where selected (<see cref="WithBackfill"/>): whether the item came from a first run's backfill.</summary>
    public bool Is_Backfill { get; set; }

    /// <summary>Every column but the article: what a write that has the article in hand reads back.</summary>
    public const string HeadColumns = "id, source_id, item_key, link, title, summary, image_url, published_utc, first_seen_utc, updated_utc";

    public const string Columns = HeadColumns + ", content_html";

    /// <summary>What a listing page needs of a stored item to tell whether it changed (<see cref="DiffersFrom"/>): not the
    /// article, which a listing never changes and an edit reads back with its <c>UPDATE</c>.</summary>
    public const string ListingColumns = "id, item_key, title, summary, image_url";

    /// <summary><paramref name="columns"/> and <c>is_backfill</c>, for a write's <c>RETURNING</c>.</summary>
    public static string WithBackfill(string columns) => columns + ", is_backfill";

    /// <summary>The listing shows another title or summary, or a new image (a missing image keeps the stored one).</summary>
    public bool DiffersFrom(ScrapedItem item) =>
        Title != item.Title
        || (Summary ?? "") != (item.Summary ?? "")
        || (item.ImageUrl is not null && Image_Url != item.ImageUrl);

    public FeedItem ToItem(IReadOnlyList<string> personIds) => new()
    {
        Id = Id,
        SourceId = Source_Id,
        Key = Item_Key,
        Link = Link,
        Title = Title,
        Summary = Summary,
        ImageUrl = Image_Url,
        PublishedUtc = DateTimeOffset.FromUnixTimeMilliseconds(Published_Utc),
        FirstSeenUtc = DateTimeOffset.FromUnixTimeMilliseconds(First_Seen_Utc),
        UpdatedUtc = DateTimeOffset.FromUnixTimeMilliseconds(Updated_Utc),
        ContentHtml = Content_Html,
        PersonIds = personIds,
    };
}

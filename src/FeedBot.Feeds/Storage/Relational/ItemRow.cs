using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage.Relational;

/// <summary>The <c>items</c> table's row shape; times are Unix milliseconds, UTC.</summary>
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

    public const string Columns =
        "id, source_id, item_key, link, title, summary, image_url, published_utc, first_seen_utc, updated_utc, content_html";

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

using FeedBot.Feeds.Model;

namespace FeedBot.Testing.Builders;

/// <summary>Builds stored <see cref="FeedItem"/>s (and the <see cref="ScrapedItem"/> a store would save) with fixed, readable defaults.</summary>
public sealed class FeedItemBuilder
{
    public static readonly DateTimeOffset DefaultPublished = new(2025, 6, 29, 21, 55, 0, TimeSpan.Zero);

    private FeedItem _item;

    private FeedItemBuilder(FeedItem item)
    {
        _item = item;
    }

    /// <summary>An item of <c>moh-leadership</c> keyed <paramref name="slug"/>, with a summary, an image and article HTML.</summary>
    public static FeedItemBuilder Item(string slug, long id = 1) => new(new FeedItem
    {
        Id = id,
        SourceId = "moh-leadership",
        Key = slug,
        Link = $"https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/TW6LTp1ZtwaN/content/{slug}",
        Title = $"Bài {slug}",
        Summary = $"Tóm tắt {slug}",
        ImageUrl = $"https://moh.gov.vn/documents/20182/0/{slug}.jpg",
        PublishedUtc = DefaultPublished,
        FirstSeenUtc = DefaultPublished.AddMinutes(3),
        UpdatedUtc = DefaultPublished.AddMinutes(3),
        ContentHtml = $"<p>Nội dung <strong>{slug}</strong></p>",
    });

    public FeedItemBuilder WithSource(string sourceId) => With(i => i with { SourceId = sourceId });

    public FeedItemBuilder WithTitle(string title) => With(i => i with { Title = title });

    public FeedItemBuilder WithSummary(string? summary) => With(i => i with { Summary = summary });

    public FeedItemBuilder WithImage(string? url) => With(i => i with { ImageUrl = url });

    public FeedItemBuilder WithLink(string link) => With(i => i with { Link = link });

    public FeedItemBuilder WithPeople(params string[] personIds) => With(i => i with { PersonIds = personIds });

    public FeedItemBuilder WithContent(string? html) => With(i => i with { ContentHtml = html });

    public FeedItemBuilder PublishedAt(DateTimeOffset utc) => With(i => i with { PublishedUtc = utc, FirstSeenUtc = utc.AddMinutes(3), UpdatedUtc = utc.AddMinutes(3) });

    public FeedItemBuilder UpdatedAt(DateTimeOffset utc) => With(i => i with { UpdatedUtc = utc });

    public FeedItemBuilder With(Func<FeedItem, FeedItem> change)
    {
        _item = change(_item);
        return this;
    }

    public FeedItem Build() => _item;

    /// <summary>The listing entry that stores this item (for <c>IItemStore.SaveListingAsync</c>).</summary>
    public ScrapedItem BuildScraped() => new(_item.Key, _item.Link, _item.Title, _item.Summary, _item.ImageUrl, _item.PublishedUtc);
}

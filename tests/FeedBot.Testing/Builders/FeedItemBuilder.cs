using FeedBot.Feeds.Model;

namespace FeedBot.Testing.Builders;

/// <summary>Builds stored <see cref="FeedItem"/>s for tests (formatting, delivery).</summary>
public sealed class FeedItemBuilder
{
    private FeedItem _item = new()
    {
        Id = 1,
        SourceId = "moh-leadership",
        Key = "bai-a",
        Link = "https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/TW6LTp1ZtwaN/content/bai-a",
        Title = "Bộ trưởng làm việc với Bệnh viện Bạch Mai",
        Summary = "Sáng 29/6, Bộ trưởng Bộ Y tế làm việc với lãnh đạo Bệnh viện Bạch Mai về kế hoạch năm 2025.",
        PublishedUtc = new DateTimeOffset(2025, 6, 29, 21, 55, 0, TimeSpan.Zero),
        FirstSeenUtc = new DateTimeOffset(2025, 6, 29, 22, 0, 0, TimeSpan.Zero),
        UpdatedUtc = new DateTimeOffset(2025, 6, 29, 22, 0, 0, TimeSpan.Zero),
    };

    public FeedItemBuilder With(Func<FeedItem, FeedItem> change)
    {
        _item = change(_item);
        return this;
    }

    public FeedItemBuilder Title(string title) => With(i => i with { Title = title });

    public FeedItemBuilder Summary(string? summary) => With(i => i with { Summary = summary });

    public FeedItemBuilder Image(string? url) => With(i => i with { ImageUrl = url });

    public FeedItemBuilder Link(string link) => With(i => i with { Link = link });

    public FeedItem Build() => _item;
}

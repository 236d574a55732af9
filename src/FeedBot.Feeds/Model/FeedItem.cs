namespace FeedBot.Feeds.Model;

/// <summary>A stored item. All times are UTC.</summary>
public sealed record FeedItem
{
    public required long Id { get; init; }
    public required string SourceId { get; init; }
    public required string Key { get; init; }
    public required string Link { get; init; }
    public required string Title { get; init; }
    public string? Summary { get; init; }
    public string? ImageUrl { get; init; }
    public required DateTimeOffset PublishedUtc { get; init; }
    public required DateTimeOffset FirstSeenUtc { get; init; }

    /// <summary>Moves when the title, summary, image or content changed after first sight.</summary>
    public required DateTimeOffset UpdatedUtc { get; init; }

    /// <summary>Sanitized article HTML, or null while the article page has not been fetched.</summary>
    public string? ContentHtml { get; init; }

    /// <summary>The ids of the people (<c>FeedBot:People</c>) named in the title, summary or article text, in configuration order.</summary>
    public IReadOnlyList<string> PersonIds { get; init; } = [];
}

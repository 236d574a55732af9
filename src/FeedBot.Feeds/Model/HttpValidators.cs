namespace FeedBot.Feeds.Model;

/// <summary>Conditional-GET validators a site sent for a URL.</summary>
public sealed record HttpValidators(string? ETag, DateTimeOffset? LastModified)
{
    public bool IsEmpty => ETag is null && LastModified is null;
}

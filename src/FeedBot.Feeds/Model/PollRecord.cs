namespace FeedBot.Feeds.Model;

/// <summary>The outcome of one poll of one source.</summary>
public sealed record PollRecord
{
    public required string SourceId { get; init; }
    public required DateTimeOffset StartedUtc { get; init; }
    public required DateTimeOffset FinishedUtc { get; init; }
    public int? HttpStatus { get; init; }
    public int ItemsSeen { get; init; }
    public int ItemsNew { get; init; }
    public int ItemsUpdated { get; init; }
    public string? Error { get; init; }

    /// <summary>No request goes to the source before this time: the site's <c>Retry-After</c> (on 503/429), capped.</summary>
    public DateTimeOffset? NotBeforeUtc { get; init; }
    public bool Succeeded => Error is null;
}

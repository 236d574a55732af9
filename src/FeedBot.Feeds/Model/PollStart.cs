namespace FeedBot.Feeds.Model;

/// <summary>
/// What a poll needs from the store before its first request, read at once: the Retry-After hold of the source's last
/// poll, whether it has items (else this is its first run), page 1's validators, and the items whose article page is due.
/// </summary>
public sealed record PollStart(
    DateTimeOffset? NotBeforeUtc,
    bool HasItems,
    HttpValidators? Validators,
    IReadOnlyList<FeedItem> MissingContent);

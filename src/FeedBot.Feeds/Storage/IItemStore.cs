using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage;

/// <summary>Durable store of items (with their person tags), poll outcomes and HTTP validators, on SQLite or PostgreSQL.
/// Items are tagged with <see cref="People.ItemTagger"/> when stored, edited and when their article text arrives.</summary>
public interface IItemStore
{
    /// <summary>Inserts unseen items, updates changed ones (keeping first-seen time). <paramref name="isBackfill"/> marks items never to be pushed.</summary>
    Task<SaveResult> SaveListingAsync(string sourceId, IReadOnlyList<ScrapedItem> items, bool isBackfill, CancellationToken cancellationToken);

    /// <summary>Newest first by publication time.</summary>
    Task<IReadOnlyList<FeedItem>> GetLatestAsync(string sourceId, int limit, CancellationToken cancellationToken);

    /// <summary>Newest first by publication time: the items tagged with any of <paramref name="personIds"/>, of one source,
    /// or of every source when <paramref name="sourceId"/> is null (each item once).</summary>
    Task<IReadOnlyList<FeedItem>> GetLatestForPeopleAsync(IReadOnlyCollection<string> personIds, int limit, string? sourceId, CancellationToken cancellationToken);

    /// <summary>Stores the article HTML and re-tags the item; people it adds are told to <see cref="IPeopleTaggedListener"/>s.</summary>
    Task SaveContentAsync(long itemId, string contentHtml, CancellationToken cancellationToken);

    /// <summary>Notes a failed article fetch; the item is due again (<see cref="PollStart.MissingContent"/>) from <paramref name="retryAtUtc"/>.</summary>
    Task RecordContentFailureAsync(long itemId, string error, DateTimeOffset retryAtUtc, CancellationToken cancellationToken);

    /// <summary>Records the poll and, in the same command, page 1's new validators (when the site sent changed ones).</summary>
    Task RecordPollAsync(PollRecord poll, PageValidators? validators, CancellationToken cancellationToken);

    /// <summary>
    /// One round trip before a poll: the <see cref="PollRecord.NotBeforeUtc"/> of the source's latest poll (no request to
    /// it before then), whether it has items, the validators of <paramref name="firstPageUrl"/>, and up to
    /// <paramref name="missingContentLimit"/> items whose article page has not been fetched yet (never fetched, or failed
    /// and past its retry time), fewest attempts first, then newest.
    /// </summary>
    Task<PollStart> StartPollAsync(string sourceId, string firstPageUrl, int missingContentLimit, CancellationToken cancellationToken);

    /// <summary>Failed polls of the source since its last success (all of them when it never succeeded).</summary>
    Task<int> GetConsecutiveFailuresAsync(string sourceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SourceStatus>> GetSourceStatusesAsync(CancellationToken cancellationToken);
}

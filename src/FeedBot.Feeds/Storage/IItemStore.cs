using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage;

/// <summary>Durable store of items (with their person tags), poll outcomes and HTTP validators, on SQLite or PostgreSQL.
/// Items are tagged with <see cref="People.ItemTagger"/> when stored, edited and when their article text arrives.</summary>
public interface IItemStore
{
    /// <summary>Inserts unseen items, updates changed ones (keeping first-seen time). <paramref name="isBackfill"/> marks items never to be pushed.</summary>
    Task<SaveResult> SaveListingAsync(string sourceId, IReadOnlyList<ScrapedItem> items, bool isBackfill, CancellationToken cancellationToken);

    /// <summary>Which of <paramref name="keys"/> the store already holds for the source.</summary>
    Task<IReadOnlySet<string>> FindKnownKeysAsync(string sourceId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken);

    Task<bool> HasItemsAsync(string sourceId, CancellationToken cancellationToken);

    /// <summary>Newest first by publication time.</summary>
    Task<IReadOnlyList<FeedItem>> GetLatestAsync(string sourceId, int limit, CancellationToken cancellationToken);

    /// <summary>Newest first by publication time: the items tagged with any of <paramref name="personIds"/>, of one source,
    /// or of every source when <paramref name="sourceId"/> is null (each item once).</summary>
    Task<IReadOnlyList<FeedItem>> GetLatestForPeopleAsync(IReadOnlyCollection<string> personIds, int limit, string? sourceId, CancellationToken cancellationToken);

    /// <summary>Items whose article page has not been fetched yet, newest first, skipping recent failures.</summary>
    Task<IReadOnlyList<FeedItem>> GetMissingContentAsync(string sourceId, int limit, CancellationToken cancellationToken);

    /// <summary>Stores the article HTML and re-tags the item; people it adds are told to <see cref="IPeopleTaggedListener"/>s.</summary>
    Task SaveContentAsync(long itemId, string contentHtml, CancellationToken cancellationToken);

    /// <summary>Notes a failed article fetch; the item is offered again by <see cref="GetMissingContentAsync"/> from <paramref name="retryAtUtc"/>.</summary>
    Task RecordContentFailureAsync(long itemId, string error, DateTimeOffset retryAtUtc, CancellationToken cancellationToken);

    Task RecordPollAsync(PollRecord poll, CancellationToken cancellationToken);

    /// <summary>The <see cref="PollRecord.NotBeforeUtc"/> of the source's latest poll: no request to it before then.</summary>
    Task<DateTimeOffset?> GetPollNotBeforeAsync(string sourceId, CancellationToken cancellationToken);

    Task<IReadOnlyList<SourceStatus>> GetSourceStatusesAsync(CancellationToken cancellationToken);

    Task<HttpValidators?> GetValidatorsAsync(string url, CancellationToken cancellationToken);

    Task SaveValidatorsAsync(string url, HttpValidators validators, CancellationToken cancellationToken);
}

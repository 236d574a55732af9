using FeedBot.Feeds.Model;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Scraping;

/// <summary>
/// One poll of one source: listing pages (backfill on the first run; later, page 1 and further only while every
/// item is new), then the article pages still missing. Records the outcome; never lets a failure lose stored items.
/// A 503/429 with <c>Retry-After</c> holds the source back (at most <c>FeedBot:Fetch:MaxRetryAfterMinutes</c>): the time is
/// stored with the poll, and polls before it are deferred without a request.
/// </summary>
public sealed class SourcePoller(
    SiteFetcher fetcher,
    ListingParser listingParser,
    ArticleParser articleParser,
    IItemStore store,
    PollMetrics metrics,
    IOptions<FetchOptions> fetchOptions,
    TimeProvider clock,
    ILogger<SourcePoller> logger)
{
    /// <summary>Polls the source and records the outcome; null (nothing fetched or recorded) while the site's Retry-After holds it back.</summary>
    public async Task<PollRecord?> PollAsync(SourceOptions source, CancellationToken cancellationToken)
    {
        var started = clock.GetUtcNow();
        var start = await store.StartPollAsync(source.Id, ListingPages.UrlFor(source, 1).AbsoluteUri, source.MaxArticlesPerPoll, cancellationToken);
        if (start.NotBeforeUtc is { } notBefore && started < notBefore)
        {
            logger.LogInformation("Poll of {SourceId} deferred: the site asked for no request before {NotBeforeUtc:O}", source.Id, notBefore);
            metrics.RecordDeferred(source.Id);
            return null;
        }

        var tally = new PollTally();
        var error = await TryPollListingAsync(source, start, tally, cancellationToken);
        if (error is null)
        {
            await FetchArticlesAsync(source, ArticlesDue(source, start, tally), tally, cancellationToken);
        }

        var record = new PollRecord
        {
            SourceId = source.Id,
            StartedUtc = started,
            FinishedUtc = clock.GetUtcNow(),
            HttpStatus = tally.HttpStatus,
            ItemsSeen = tally.Seen,
            ItemsNew = tally.New,
            ItemsUpdated = tally.Updated,
            Error = error,
            NotBeforeUtc = tally.NotBeforeUtc,
        };
        await store.RecordPollAsync(record, tally.NewValidators, CancellationToken.None);
        metrics.Record(record);
        WarnIfDatesEstimated(source, tally);
        logger.LogInformation(
            "Polled {SourceId}: status {HttpStatus}, {Seen} seen, {New} new, {Updated} updated{Error}",
            source.Id, record.HttpStatus, record.ItemsSeen, record.ItemsNew, record.ItemsUpdated, error is null ? "" : $", failed: {error}");
        return record;
    }

    private async Task<string?> TryPollListingAsync(SourceOptions source, PollStart start, PollTally tally, CancellationToken cancellationToken)
    {
        try
        {
            await PollListingAsync(source, start, tally, cancellationToken);
            return null;
        }
        catch (FetchException ex)
        {
            tally.HttpStatus ??= ex.StatusCode;
            logger.LogWarning("Poll of {SourceId} failed ({Kind}): {Message}", source.Id, ex.Kind, ex.Message);
            HoldBack(source, ex, tally);
            return ex.Message;
        }
        catch (ScrapeException ex)
        {
            logger.LogWarning("Poll of {SourceId} found no usable items: {Message}", source.Id, ex.Message);
            return ex.Message;
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Poll of {SourceId} failed unexpectedly", source.Id);
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }

    /// <summary>
    /// Walks the listing. Page 1's validators come from <paramref name="start"/>; changed ones are saved with the poll
    /// record, and only after the page's items were stored (else a later 304 could hide items never saved).
    /// </summary>
    private async Task PollListingAsync(SourceOptions source, PollStart start, PollTally tally, CancellationToken cancellationToken)
    {
        var firstRun = !start.HasItems;
        var maxPages = firstRun ? source.BackfillPages : source.MaxPagesPerPoll;
        for (var page = 1; page <= maxPages; page++)
        {
            var url = ListingPages.UrlFor(source, page);
            var fetched = await fetcher.FetchAsync(url, page == 1 ? start.Validators : null, cancellationToken);
            tally.HttpStatus ??= fetched.StatusCode;
            if (fetched.NotModified)
            {
                return;
            }

            var items = ParsePage(source, fetched, page);
            if (items.Count == 0)
            {
                return;
            }

            var saved = await store.SaveListingAsync(source.Id, items, firstRun, cancellationToken);
            tally.Add(saved);
            tally.NoteEstimated(items);
            if (page == 1 && !fetched.Validators.IsEmpty && fetched.Validators != start.Validators)
            {
                tally.NewValidators = new PageValidators(url.AbsoluteUri, fetched.Validators);
            }

            if (!firstRun && saved.Known > 0)
            {
                return;
            }
        }
    }

    /// <summary>One warning per poll when saved items carry the fetch time because their date did not parse.</summary>
    private void WarnIfDatesEstimated(SourceOptions source, PollTally tally)
    {
        if (tally.EstimatedDates > 0)
        {
            logger.LogWarning(
                "Poll of {SourceId}: {Count} item(s) with an unparsable date (publish time set to fetch time), first \"{Title}\"; has the site's date format changed?",
                source.Id, tally.EstimatedDates, tally.FirstEstimatedTitle);
        }
    }

    /// <summary>An empty first page fails the poll; an empty later page is the end of the listing.</summary>
    private IReadOnlyList<ScrapedItem> ParsePage(SourceOptions source, FetchResult fetched, int page)
    {
        try
        {
            return listingParser.Parse(fetched.Html ?? "", fetched.FinalUri, source, clock.GetUtcNow());
        }
        catch (ScrapeException ex) when (page > 1)
        {
            logger.LogInformation("Listing of {SourceId} ends before page {Page}: {Message}", source.Id, page, ex.Message);
            return [];
        }
    }

    /// <summary>Notes the site's Retry-After, capped at FeedBot:Fetch:MaxRetryAfterMinutes, as the source's not-before time.</summary>
    private void HoldBack(SourceOptions source, FetchException ex, PollTally tally)
    {
        if (ex.RetryAfter is not { } asked || asked <= TimeSpan.Zero)
        {
            return;
        }

        var max = fetchOptions.Value.MaxRetryAfter;
        if (asked > max)
        {
            logger.LogWarning("{SourceId}: the site asked to wait {RetryAfter}; waiting the maximum {MaxRetryAfter} (FeedBot:Fetch:MaxRetryAfterMinutes)", source.Id, asked, max);
        }

        tally.NotBeforeUtc = clock.GetUtcNow() + (asked > max ? max : asked);
        logger.LogInformation("No request to {SourceId} before {NotBeforeUtc:O} (the site's Retry-After)", source.Id, tally.NotBeforeUtc);
    }

    /// <summary>The articles to fetch: this poll's new items first (newest first), then those due from before (earlier failures).</summary>
    private static IEnumerable<FeedItem> ArticlesDue(SourceOptions source, PollStart start, PollTally tally) =>
        tally.NewItems.OrderByDescending(i => i.PublishedUtc).Concat(start.MissingContent).DistinctBy(i => i.Id).Take(source.MaxArticlesPerPoll);

    private async Task FetchArticlesAsync(SourceOptions source, IEnumerable<FeedItem> pending, PollTally tally, CancellationToken cancellationToken)
    {
        foreach (var item in pending)
        {
            try
            {
                var page = await fetcher.FetchAsync(new Uri(item.Link), null, cancellationToken);
                var article = articleParser.Parse(page.Html ?? "", page.FinalUri, source);
                await store.SaveContentAsync(item.Id, article.BodyHtml, cancellationToken);
            }
            catch (Exception ex) when (ex is FetchException or ScrapeException)
            {
                logger.LogWarning("Article {Link} of {SourceId} not fetched, will retry on a later poll: {Message}", item.Link, source.Id, ex.Message);
                var retryAt = clock.GetUtcNow() + TimeSpan.FromMinutes(source.ArticleRetryMinutes);
                await store.RecordContentFailureAsync(item.Id, ex.Message, retryAt, cancellationToken);
                if (ex is FetchException { RetryAfter: not null } unavailable)
                {
                    HoldBack(source, unavailable, tally);
                    return;
                }
            }
        }
    }
}

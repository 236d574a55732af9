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
        if (await store.GetPollNotBeforeAsync(source.Id, cancellationToken) is { } notBefore && started < notBefore)
        {
            logger.LogInformation("Poll of {SourceId} deferred: the site asked for no request before {NotBeforeUtc:O}", source.Id, notBefore);
            metrics.RecordDeferred(source.Id);
            return null;
        }

        var tally = new PollTally();
        var error = await TryPollListingAsync(source, tally, cancellationToken);
        if (error is null)
        {
            await FetchArticlesAsync(source, tally, cancellationToken);
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
        await store.RecordPollAsync(record, CancellationToken.None);
        metrics.Record(record);
        WarnIfDatesEstimated(source, tally);
        logger.LogInformation(
            "Polled {SourceId}: status {HttpStatus}, {Seen} seen, {New} new, {Updated} updated{Error}",
            source.Id, record.HttpStatus, record.ItemsSeen, record.ItemsNew, record.ItemsUpdated, error is null ? "" : $", failed: {error}");
        return record;
    }

    private async Task<string?> TryPollListingAsync(SourceOptions source, PollTally tally, CancellationToken cancellationToken)
    {
        try
        {
            await PollListingAsync(source, tally, cancellationToken);
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

    private async Task PollListingAsync(SourceOptions source, PollTally tally, CancellationToken cancellationToken)
    {
        var firstRun = !await store.HasItemsAsync(source.Id, cancellationToken);
        var maxPages = firstRun ? source.BackfillPages : source.MaxPagesPerPoll;
        for (var page = 1; page <= maxPages; page++)
        {
            var url = ListingPages.UrlFor(source, page);
            var validators = page == 1 ? await store.GetValidatorsAsync(url.AbsoluteUri, cancellationToken) : null;
            var fetched = await fetcher.FetchAsync(url, validators, cancellationToken);
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

            var known = await store.FindKnownKeysAsync(source.Id, items.Select(i => i.Key).ToList(), cancellationToken);
            tally.Add(await store.SaveListingAsync(source.Id, items, firstRun, cancellationToken));
            tally.NoteEstimated(items);
            if (page == 1 && !fetched.Validators.IsEmpty)
            {
                await store.SaveValidatorsAsync(url.AbsoluteUri, fetched.Validators, cancellationToken);
            }

            if (!firstRun && known.Count > 0)
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

    private async Task FetchArticlesAsync(SourceOptions source, PollTally tally, CancellationToken cancellationToken)
    {
        var pending = await store.GetMissingContentAsync(source.Id, source.MaxArticlesPerPoll, cancellationToken);
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

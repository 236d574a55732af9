using FeedBot.Feeds.People;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Writing;
using FeedBot.Worker.Jobs;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Serving;

/// <summary>Reads a source's items from the store and writes them in one format; called only on a cache miss.</summary>
public sealed class FeedRenderer(
    IItemStore store,
    FeedEntryFactory entries,
    IEnumerable<IFeedWriter> writers,
    OpmlWriter opml,
    IOptions<FeedOptions> options,
    IOptions<PeopleOptions> people,
    TimeProvider clock)
{
    public async Task<RenderedResponse> RenderFeedAsync(SourceOptions source, FeedFormat format, FeedQuery query, Uri baseUrl, CancellationToken cancellationToken)
    {
        var writer = writers.Single(w => w.Format == format);
        var window = query.Filter.IsEmpty ? query.Limit : Math.Max(query.Limit, options.Value.FilterWindow);
        var items = query.People.Count == 0
            ? await store.GetLatestAsync(source.Id, window, cancellationToken)
            : await store.GetLatestForPeopleAsync(query.People, window, source.Id, cancellationToken);
        var selected = items.Where(i => query.Filter.Matches(i.Title, i.Summary)).Take(query.Limit);
        var now = clock.GetUtcNow();
        var interval = PollSchedule.IntervalAt(source.Schedule, now);
        var channel = new FeedChannel(source.Id, Title(source, query.People), source.Description, source.Language, HomePage(source, baseUrl), interval);
        var self = FeedLinks.Feed(baseUrl, source.Id, format, query.ToQueryString(options.Value));
        var document = entries.CreateDocument(channel, selected, self, now);
        using var body = new MemoryStream();
        writer.Write(document, body);
        return RenderedResponse.Create(body.ToArray(), $"{writer.MediaType}; charset=utf-8", now, MaxAge(interval));
    }

    /// <summary>Every source's RSS feed, then a folder of the people's: one RSS feed per person and source.</summary>
    public RenderedResponse RenderOpml(IEnumerable<SourceOptions> sources, Uri baseUrl)
    {
        var all = sources.ToList();
        var outlines = all.Select(s => new OpmlOutline(
            s.Title, s.Description, FeedLinks.Feed(baseUrl, s.Id, FeedFormat.Rss), HomePage(s, baseUrl), s.Language));
        var personal = people.Value.People.SelectMany(p => all.Select(s => new OpmlOutline(
            Title(s, [p.Id]), $"{p.Role} {p.Name}".Trim(), FeedLinks.Feed(baseUrl, s.Id, FeedFormat.Rss, QueryString.Create("person", p.Id)),
            HomePage(s, baseUrl), s.Language)));
        using var body = new MemoryStream();
        var now = clock.GetUtcNow();
        opml.Write("FeedBot", now, outlines, [new OpmlFolder(HomeTexts.PeopleHeading, [.. personal])], body);
        return RenderedResponse.Create(body.ToArray(), $"{OpmlWriter.MediaType}; charset=utf-8", now, MaxAge(null));
    }

    /// <summary>The source's title, followed by the people's names for a <c>?person=</c> feed.</summary>
    private string Title(SourceOptions source, IReadOnlyList<string> personIds) => personIds.Count == 0
        ? source.Title
        : $"{source.Title}: {string.Join(", ", people.Value.People.Where(p => personIds.Contains(p.Id)).Select(p => p.Name))}";

    /// <summary><c>Cache-Control: max-age</c>: the poll interval, else the configured default.</summary>
    public TimeSpan MaxAge(TimeSpan? interval) => interval ?? TimeSpan.FromSeconds(options.Value.DefaultMaxAgeSeconds);

    public static Uri HomePage(SourceOptions source, Uri baseUrl) => FeedText.HttpUrl(source.ListingUrl) ?? baseUrl;
}

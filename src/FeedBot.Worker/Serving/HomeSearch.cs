using FeedBot.Feeds.Text;

namespace FeedBot.Worker.Serving;

/// <summary>
/// The home page's search: the feeds' <c>q</c> (<see cref="KeywordFilter"/>: case and Vietnamese diacritics ignored,
/// every word must match, <c>-word</c> excludes), validated by <see cref="FeedQuery.ParseFilter"/> like the feeds'.
/// </summary>
public sealed record HomeSearch(KeywordFilter Filter, bool IsInvalid)
{
    public static HomeSearch Parse(IQueryCollection query, FeedOptions options) =>
        FeedQuery.ParseFilter(query, options, out _) is { } filter ? new HomeSearch(filter, false) : new HomeSearch(KeywordFilter.Parse(null), true);

    /// <summary>True when the page lists results: a valid query with at least one word.</summary>
    public bool IsActive => !IsInvalid && !Filter.IsEmpty;

    /// <summary>How many of each source's newest items to read: the latest shown, or a search's window.</summary>
    public int Window(FeedOptions options) => IsActive ? Math.Max(options.HomePageItems, options.FilterWindow) : options.HomePageItems;

    /// <summary>The matching items of every section, newest first, at most <paramref name="limit"/>, and how many matched.</summary>
    public (IReadOnlyList<HomeResult> Shown, int Matched) Run(IReadOnlyList<HomeSection> sections, int limit)
    {
        var matches = sections
            .SelectMany(s => s.Items.Where(i => Filter.Matches(i.Title, i.Summary)).Select(i => new HomeResult(s.Source, i)))
            .OrderByDescending(r => r.Item.PublishedUtc)
            .ToList();
        return (matches.Take(limit).ToList(), matches.Count);
    }
}

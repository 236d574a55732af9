using System.Globalization;
using FeedBot.Feeds.Text;

namespace FeedBot.Worker.Serving;

/// <summary>A feed request's <c>limit</c> and <c>q</c>, validated.</summary>
public sealed record FeedQuery(int Limit, KeywordFilter Filter)
{
    /// <summary>Reads the query string; on a bad value returns null and a plain message naming the parameter.</summary>
    public static FeedQuery? Parse(IQueryCollection query, FeedOptions options, out string? error)
    {
        error = null;
        var limit = options.DefaultLimit;
        if (query.TryGetValue("limit", out var limits))
        {
            if (limits.Count != 1 || !int.TryParse(limits[0], NumberStyles.None, CultureInfo.InvariantCulture, out limit)
                || limit < 1 || limit > options.MaxLimit)
            {
                error = $"limit must be one whole number from 1 to {options.MaxLimit} (default {options.DefaultLimit}).";
                return null;
            }
        }

        return ParseFilter(query, options, out error) is { } filter ? new FeedQuery(limit, filter) : null;
    }

    /// <summary>Reads <c>q</c> alone (the feeds and the home page): null and a plain message when it is given twice or
    /// is longer than <see cref="FeedOptions.MaxQueryLength"/>; an empty filter when it is absent.</summary>
    public static KeywordFilter? ParseFilter(IQueryCollection query, FeedOptions options, out string? error)
    {
        error = null;
        var q = query.TryGetValue("q", out var qs) ? qs : default;
        if (q.Count > 1 || (q.Count == 1 && (q[0]?.Length ?? 0) > options.MaxQueryLength))
        {
            error = $"q must be one keyword query of at most {options.MaxQueryLength} characters (words that must all match, -word to exclude).";
            return null;
        }

        return KeywordFilter.Parse(q.Count == 1 ? q[0] : null);
    }

    /// <summary>The query string that reproduces this request (empty for the defaults), for self links.</summary>
    public QueryString ToQueryString(FeedOptions options)
    {
        var pairs = new List<KeyValuePair<string, string?>>();
        if (Limit != options.DefaultLimit)
        {
            pairs.Add(new("limit", Limit.ToString(CultureInfo.InvariantCulture)));
        }

        if (!Filter.IsEmpty)
        {
            pairs.Add(new("q", Filter.Text));
        }

        return QueryString.Create(pairs);
    }
}

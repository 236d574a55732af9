using System.Globalization;
using FeedBot.Feeds.People;
using FeedBot.Feeds.Text;

namespace FeedBot.Worker.Serving;

/// <summary>A feed request's <c>limit</c>, <c>q</c> and <c>person</c> (repeatable: any of them), validated.</summary>
/// <param name="People">The requested person ids, distinct and sorted (one cache key whatever their order); empty: everyone's items.</param>
public sealed record FeedQuery(int Limit, KeywordFilter Filter, IReadOnlyList<string> People)
{
    /// <summary>The person ids as one string, for the cache key (read once per request); empty, without allocating, for
    /// everyone's items. Derived on each read, so a copy made with <c>with</c> never carries another query's key.</summary>
    public string PeopleKey => People.Count == 0 ? "" : string.Join(',', People);

    /// <summary>Reads the query string; on a bad value returns null and a plain message naming the parameter.</summary>
    public static FeedQuery? Parse(IQueryCollection query, FeedOptions options, PeopleOptions people, out string? error)
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

        if (ParsePeople(query, people, out error) is not { } ids)
        {
            return null;
        }

        return ParseFilter(query, options, out error) is { } filter ? new FeedQuery(limit, filter, ids) : null;
    }

    /// <summary>Every <c>person</c> value must be a configured id; null and a message listing the ids otherwise. Without
    /// any <c>person</c> (the usual request) the answer is the shared empty array: nothing is allocated (no closure either).</summary>
    private static IReadOnlyList<string>? ParsePeople(IQueryCollection query, PeopleOptions people, out string? error)
    {
        error = null;
        if (!query.TryGetValue("person", out var values) || values.Count == 0)
        {
            return [];
        }

        foreach (var value in values)
        {
            if (people.Find(value ?? "") is null)
            {
                error = UnknownPerson(people, value);
                return null;
            }
        }

        return [.. values.OfType<string>().Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    private static string UnknownPerson(PeopleOptions people, string? unknown) => people.People.Count == 0
        ? $"person must be a person's id, but no people are configured (FeedBot:People); '{unknown}' is not one."
        : $"person must be one of {string.Join(", ", people.People.Select(p => p.Id))} (repeat person for any of several); '{unknown}' is not a person's id.";

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

        pairs.AddRange(People.Select(id => new KeyValuePair<string, string?>("person", id)));

        return QueryString.Create(pairs);
    }
}

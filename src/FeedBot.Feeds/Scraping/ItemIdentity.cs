using System.Text;
using System.Text.RegularExpressions;
using FeedBot.Feeds.Sources;

namespace FeedBot.Feeds.Scraping;

/// <summary>
/// An item's identity within its source and its canonical link. The key is the first group of
/// <see cref="SourceOptions.IdentityPattern"/> on the link's path (the Liferay slug), so it is the same across
/// query strings, <c>;jsessionid</c>, relative links and portlet instance ids; without a match it is the canonical link.
/// </summary>
public sealed record ItemIdentity(string Key, Uri Link)
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    /// <summary>Resolves <paramref name="href"/> against <paramref name="baseUri"/>; null when it is not an http(s) link.</summary>
    public static ItemIdentity? From(string? href, Uri baseUri, SourceOptions source)
    {
        var link = Canonicalize(href, baseUri, source.DropQueryParameters);
        if (link is null)
        {
            return null;
        }

        var match = Regex.Match(link.AbsolutePath, source.IdentityPattern, RegexOptions.CultureInvariant, MatchTimeout);
        var key = match.Success && match.Groups.Count > 1 && match.Groups[1].Length > 0
            ? Uri.UnescapeDataString(match.Groups[1].Value)
            : link.AbsoluteUri;
        return new ItemIdentity(key, link);
    }

    /// <summary>The absolute http(s) form of a link, without <c>;jsessionid</c>, fragment or the dropped query parameters.</summary>
    public static Uri? Canonicalize(string? href, Uri baseUri, IReadOnlyCollection<string> dropQueryParameters)
    {
        if (ResolveHttp(href, baseUri) is not { } absolute)
        {
            return null;
        }

        var builder = new UriBuilder(absolute)
        {
            Path = StripPathParameters(absolute.AbsolutePath),
            Query = FilterQuery(absolute.Query, dropQueryParameters),
            Fragment = "",
        };
        if (builder.Uri.IsDefaultPort)
        {
            builder.Port = -1;
        }

        return builder.Uri;
    }

    /// <summary>Resolves a link against a base; null unless the result is an absolute http(s) URL.</summary>
    public static Uri? ResolveHttp(string? href, Uri baseUri)
    {
        href = href?.Trim();
        return !string.IsNullOrEmpty(href) && Uri.TryCreate(baseUri, href, out var absolute) && IsHttp(absolute) ? absolute : null;
    }

    public static bool IsHttp(Uri uri) =>
        uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);

    /// <summary>Removes <c>;jsessionid=...</c> (and any other <c>;</c> path parameter) from each segment.</summary>
    private static string StripPathParameters(string path)
    {
        if (!path.Contains(';'))
        {
            return path;
        }

        var segments = path.Split('/').Select(s => s.IndexOf(';') is var i and >= 0 ? s[..i] : s);
        return string.Join('/', segments);
    }

    private static string FilterQuery(string query, IReadOnlyCollection<string> drop)
    {
        if (query.Length <= 1)
        {
            return "";
        }

        var kept = new StringBuilder();
        foreach (var pair in query[1..].Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = Uri.UnescapeDataString(pair.Split('=', 2)[0].Replace('+', ' '));
            if (drop.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            kept.Append(kept.Length == 0 ? "" : "&").Append(pair);
        }

        return kept.ToString();
    }
}

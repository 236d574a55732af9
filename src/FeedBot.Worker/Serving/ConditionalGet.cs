using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace FeedBot.Worker.Serving;

/// <summary>
/// RFC 9110 conditional GET/HEAD, read without allocating: <c>If-None-Match</c> (weak comparison, <c>*</c>) against the
/// stored tags of every representation (<c>"abc"</c>, <c>"abc-gzip"</c>, <c>"abc-br"</c>: any of them means the
/// client's copy is this rendered body); only without it, <c>If-Modified-Since</c>, first compared as the exact
/// <c>Last-Modified</c> string a client echoes, parsed only when it differs.
/// </summary>
public static class ConditionalGet
{
    /// <summary>Whether the client's copy is current; <paramref name="etag"/> is then the stored tag to send with the
    /// 304 (the one the client named, or <paramref name="selected"/>'s for <c>*</c> and <c>If-Modified-Since</c>).</summary>
    public static bool IsNotModified(IHeaderDictionary headers, RenderedResponse response, EncodedBody selected, out string etag)
    {
        etag = selected.ETag;
        var ifNoneMatch = headers.IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            var matched = MatchingETag(ifNoneMatch, response, selected);
            etag = matched ?? etag;
            return matched is not null;
        }

        var since = headers.IfModifiedSince;
        if (since.Count != 1)
        {
            return false;
        }

        var text = since[0];
        return string.Equals(text, response.LastModifiedHeader, StringComparison.Ordinal)
            || (HeaderUtilities.TryParseDate(text, out var date) && response.LastModified <= date);
    }

    /// <summary>The stored tag the header names, <paramref name="selected"/>'s for <c>*</c>, or null.</summary>
    private static string? MatchingETag(StringValues ifNoneMatch, RenderedResponse response, EncodedBody selected)
    {
        foreach (var value in ifNoneMatch)
        {
            if (Match(value.AsSpan(), response, selected) is { } matched)
            {
                return matched;
            }
        }

        return null;
    }

    private static string? Match(ReadOnlySpan<char> value, RenderedResponse response, EncodedBody selected)
    {
        while (true)
        {
            value = value.TrimStart(" \t,");
            if (value.IsEmpty)
            {
                return null;
            }

            if (value[0] == '*')
            {
                return selected.ETag;
            }

            if (value.StartsWith("W/", StringComparison.Ordinal))
            {
                value = value[2..];
            }

            var close = value.Length > 1 && value[0] == '"' ? value[1..].IndexOf('"') : -1;
            if (close < 0)
            {
                return null;
            }

            if (Stored(value[..(close + 2)], response) is { } stored)
            {
                return stored;
            }

            value = value[(close + 2)..];
        }
    }

    private static string? Stored(ReadOnlySpan<char> tag, RenderedResponse response) =>
        tag.SequenceEqual(response.Identity.ETag) ? response.Identity.ETag
        : tag.SequenceEqual(response.Gzip.ETag) ? response.Gzip.ETag
        : tag.SequenceEqual(response.Brotli.ETag) ? response.Brotli.ETag
        : null;
}

using Microsoft.Net.Http.Headers;

namespace FeedBot.Worker.Serving;

/// <summary>
/// RFC 9110 conditional GET/HEAD: <c>If-None-Match</c> (weak comparison, <c>*</c>) wins over <c>If-Modified-Since</c>.
/// A compressed response's tag is the body's tag with the coding appended (<c>"abc-gzip"</c>), so every representation
/// has its own strong tag; any of them matches the same rendered body.
/// </summary>
public static class ConditionalGet
{
    private static readonly string[] Codings = ["gzip", "br"];

    /// <summary>The client's tag that matches <paramref name="response"/> (its own spelling, to echo in a 304), or null.</summary>
    public static string? MatchingETag(HttpRequest request, RenderedResponse response)
    {
        if (!EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags))
        {
            return null;
        }

        var match = tags.FirstOrDefault(t => t.Equals(EntityTagHeaderValue.Any) || Strip(t.Tag.ToString()) == response.ETag);
        return match is null ? null : match.Equals(EntityTagHeaderValue.Any) ? response.ETag : match.Tag.ToString();
    }

    public static bool IsNotModified(HttpRequest request, RenderedResponse response)
    {
        if (request.Headers.IfNoneMatch.Count > 0)
        {
            return MatchingETag(request, response) is not null;
        }

        var since = request.GetTypedHeaders().IfModifiedSince;
        return since is { } s && response.LastModified <= s;
    }

    /// <summary>The tag of a body sent with <paramref name="coding"/>: <c>"abc"</c> becomes <c>"abc-gzip"</c>.</summary>
    public static string WithCoding(string etag, string coding) => $"{etag[..^1]}-{coding}\"";

    private static string Strip(string tag)
    {
        foreach (var coding in Codings)
        {
            if (tag.EndsWith($"-{coding}\"", StringComparison.Ordinal))
            {
                return $"{tag[..^(coding.Length + 2)]}\"";
            }
        }

        return tag;
    }
}

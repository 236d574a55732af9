using Microsoft.Net.Http.Headers;

namespace FeedBot.Worker.Serving;

/// <summary>RFC 9110 conditional GET/HEAD: <c>If-None-Match</c> (weak comparison, <c>*</c>) wins over <c>If-Modified-Since</c>.</summary>
public static class ConditionalGet
{
    public static bool IsNotModified(HttpRequest request, RenderedResponse response)
    {
        if (request.Headers.IfNoneMatch.Count > 0)
        {
            var current = new EntityTagHeaderValue(response.ETag);
            return EntityTagHeaderValue.TryParseList(request.Headers.IfNoneMatch, out var tags)
                && tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(current, useStrongComparison: false));
        }

        var since = request.GetTypedHeaders().IfModifiedSince;
        return since is { } s && response.LastModified <= s;
    }
}

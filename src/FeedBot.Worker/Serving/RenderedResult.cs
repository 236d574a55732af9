using Microsoft.Net.Http.Headers;

namespace FeedBot.Worker.Serving;

/// <summary>Serves a <see cref="RenderedResponse"/>: validators and caching headers always, 304 without a body when the
/// client's copy is current, no body for HEAD. When response compression encodes the body, the ETag names the coding.
/// A page rendered for a bad request (<paramref name="statusCode"/> other than 200) is served with that status and never as 304.</summary>
public sealed class RenderedResult(RenderedResponse rendered, int statusCode = StatusCodes.Status200OK) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        var headers = response.GetTypedHeaders();
        headers.LastModified = rendered.LastModified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = rendered.MaxAge };
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (statusCode == StatusCodes.Status200OK && ConditionalGet.IsNotModified(request, rendered))
        {
            response.Headers.ETag = ConditionalGet.MatchingETag(request, rendered) ?? rendered.ETag;
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }

        response.Headers.ETag = rendered.ETag;
        response.OnStarting(() =>
        {
            var coding = response.Headers.ContentEncoding.ToString();
            response.Headers.ETag = coding.Length == 0 ? rendered.ETag : ConditionalGet.WithCoding(rendered.ETag, coding);
            return Task.CompletedTask;
        });
        response.StatusCode = statusCode;
        response.ContentType = rendered.ContentType;
        response.ContentLength = rendered.Body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(rendered.Body, httpContext.RequestAborted);
        }
    }
}

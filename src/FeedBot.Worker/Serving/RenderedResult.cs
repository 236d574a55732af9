using Microsoft.Net.Http.Headers;

namespace FeedBot.Worker.Serving;

/// <summary>Serves a <see cref="RenderedResponse"/>: validators and caching headers always, 304 without a body when the
/// client's copy is current, no body for HEAD. When response compression encodes the body, the ETag names the coding.</summary>
public sealed class RenderedResult(RenderedResponse rendered) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        var headers = response.GetTypedHeaders();
        headers.LastModified = rendered.LastModified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = rendered.MaxAge };
        response.Headers.Vary = HeaderNames.AcceptEncoding;
        if (ConditionalGet.IsNotModified(request, rendered))
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
        response.ContentType = rendered.ContentType;
        response.ContentLength = rendered.Body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(rendered.Body, httpContext.RequestAborted);
        }
    }
}

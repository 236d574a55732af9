using Microsoft.Net.Http.Headers;

namespace FeedBot.Worker.Serving;

/// <summary>Serves a <see cref="RenderedResponse"/>: validators and caching headers always, 304 without a body when the
/// client's copy is current, no body for HEAD.</summary>
public sealed class RenderedResult(RenderedResponse rendered) : IResult
{
    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        var headers = response.GetTypedHeaders();
        headers.ETag = new EntityTagHeaderValue(rendered.ETag);
        headers.LastModified = rendered.LastModified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = rendered.MaxAge };
        if (ConditionalGet.IsNotModified(request, rendered))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            response.Headers.Vary = HeaderNames.AcceptEncoding;
            return;
        }

        response.ContentType = rendered.ContentType;
        response.ContentLength = rendered.Body.Length;
        if (!HttpMethods.IsHead(request.Method))
        {
            await response.Body.WriteAsync(rendered.Body, httpContext.RequestAborted);
        }
    }
}

using Microsoft.Net.Http.Headers;

namespace FeedBot.Worker.Serving;

/// <summary>
/// Serves a <see cref="RenderedResponse"/> in the coding the client's <c>Accept-Encoding</c> prefers (the bytes were
/// compressed when rendered; nothing is compressed here), with its own strong ETag, <c>Content-Encoding</c>, the
/// encoded length and <c>Vary: Accept-Encoding</c>; 406 when the client refuses every coding held; 304 without a body
/// when the client's copy is current; no body for HEAD. Every header value is a string formatted when rendered.
/// A page rendered for a bad request (<paramref name="statusCode"/> other than 200) is served with that status and never as 304.
/// </summary>
public sealed class RenderedResult(RenderedResponse rendered, int statusCode = StatusCodes.Status200OK) : IResult
{
    public const string NotAcceptableText = "No acceptable content coding: this resource is sent as br, gzip or identity.";
    private static readonly byte[] NotAcceptableBody = System.Text.Encoding.UTF8.GetBytes(NotAcceptableText);

    public Task ExecuteAsync(HttpContext httpContext) => ServeAsync(httpContext, rendered, statusCode);

    public static Task ServeAsync(HttpContext httpContext, RenderedResponse rendered, int statusCode = StatusCodes.Status200OK)
    {
        var request = httpContext.Request;
        var response = httpContext.Response;
        var headers = response.Headers;
        headers.Vary = HeaderNames.AcceptEncoding;
        var coding = AcceptEncoding.Choose(request.Headers.AcceptEncoding);
        if (coding == ContentCoding.NotAcceptable)
        {
            return NotAcceptableAsync(response, HttpMethods.IsHead(request.Method));
        }

        var selected = rendered.In(coding);
        headers.LastModified = rendered.LastModifiedHeader;
        headers.CacheControl = rendered.CacheControlHeader;
        if (statusCode == StatusCodes.Status200OK && ConditionalGet.IsNotModified(request.Headers, rendered, selected, out var etag))
        {
            headers.ETag = etag;
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        return WriteAsync(response, rendered.ContentType, selected, statusCode, HttpMethods.IsHead(request.Method));
    }

    private static Task WriteAsync(HttpResponse response, string contentType, EncodedBody selected, int statusCode, bool head)
    {
        response.Headers.ETag = selected.ETag;
        if (selected.Coding is { } name)
        {
            response.Headers.ContentEncoding = name;
        }

        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.ContentLength = selected.Body.Length;
        return head ? Task.CompletedTask : response.Body.WriteAsync(selected.Body).AsTask();
    }

    private static Task NotAcceptableAsync(HttpResponse response, bool head)
    {
        response.StatusCode = StatusCodes.Status406NotAcceptable;
        response.ContentType = "text/plain; charset=utf-8";
        response.Headers.CacheControl = "no-store";
        response.ContentLength = NotAcceptableBody.Length;
        return head ? Task.CompletedTask : response.Body.WriteAsync(NotAcceptableBody).AsTask();
    }
}

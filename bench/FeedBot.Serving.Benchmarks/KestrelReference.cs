using FeedBot.Testing;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FeedBot.Serving.Benchmarks;

/// <summary>
/// Kestrel alone (the fakes' loopback server: no routing, no middleware, no logging) answering with the worker's bytes and
/// headers from one request delegate: identity, gzip when asked, 304 on the gzip tag. The floor for any ASP.NET Core
/// server on this machine, so that the report shows how much of the gap to nginx is FeedBot's and how much Kestrel's.
/// </summary>
public sealed class KestrelReference : IAsyncDisposable
{
    private readonly LoopbackServer _server;

    private KestrelReference(LoopbackServer server)
    {
        _server = server;
    }

    public Uri BaseUrl => _server.BaseUri;

    public static async Task<KestrelReference> StartAsync(ServedFeed feed, string contentType, string lastModified) =>
        new(await LoopbackServer.StartAsync(app => app.Run(context => ServeAsync(context, feed, contentType, lastModified))));

    public ValueTask DisposeAsync() => _server.DisposeAsync();

    private static Task ServeAsync(HttpContext context, ServedFeed feed, string contentType, string lastModified)
    {
        var response = context.Response;
        var gzip = context.Request.Headers.AcceptEncoding.ToString().Contains("gzip", StringComparison.Ordinal);
        response.Headers.Vary = "Accept-Encoding";
        response.Headers.CacheControl = feed.CacheControl;
        response.Headers.LastModified = lastModified;
        response.Headers.ETag = gzip ? feed.GzipETag : feed.IdentityETag;
        if (context.Request.Headers.IfNoneMatch == feed.GzipETag)
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return Task.CompletedTask;
        }

        var body = gzip ? feed.Gzip : feed.Identity;
        if (gzip)
        {
            response.Headers.ContentEncoding = "gzip";
        }

        response.ContentType = contentType;
        response.ContentLength = body.Length;
        return response.Body.WriteAsync(body).AsTask();
    }
}

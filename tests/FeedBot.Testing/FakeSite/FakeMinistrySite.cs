using System.Collections.Concurrent;
using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FeedBot.Testing.FakeSite;

/// <summary>
/// An in-process stand-in for moh.gov.vn on loopback Kestrel. Serves static pages by path (+query), listing pages
/// by the page parameter's value, article pages by slug (any instance id, query or <c>;jsessionid</c>), and
/// <see cref="FakeListing"/>s whose items change between polls. Honours conditional GET (ETag, Last-Modified),
/// compresses when asked and <see cref="Compression"/> is set, counts requests, and injects per-path faults.
/// </summary>
public sealed partial class FakeMinistrySite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, FakeResource> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeResource> _articles = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FakeListing> _listings = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, FaultSlot> _faults = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<RecordedRequest> _requests = new();
    private readonly TimeProvider _time;
    private LoopbackServer? _server;
    private int _compressedResponses;

    private FakeMinistrySite(TimeProvider time)
    {
        _time = time;
    }

    public Uri BaseUri => _server?.BaseUri ?? throw new InvalidOperationException("The fake site is not started.");

    /// <summary>When false, pages carry no ETag/Last-Modified and conditional headers are ignored.</summary>
    public bool ConditionalGet { get; set; } = true;

    /// <summary>Content coding used when the client accepts it: null (none), "gzip", "br" or "deflate".</summary>
    public string? Compression { get; set; }

    public int CompressedResponses => Volatile.Read(ref _compressedResponses);

    public IReadOnlyList<RecordedRequest> Requests => [.. _requests];

    /// <summary>Starts the site; with a certificate it speaks HTTPS (e.g. an untrusted one for TLS failures).</summary>
    public static async Task<FakeMinistrySite> StartAsync(TimeProvider? time = null, X509Certificate2? certificate = null)
    {
        var site = new FakeMinistrySite(time ?? TimeProvider.System);
        site._server = await LoopbackServer.StartAsync(app => app.Run(site.HandleAsync), certificate: certificate);
        return site;
    }

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery.TrimStart('/'));

    public int RequestCount(string path) => _requests.Count(r => r.Path == path);

    public int ArticleRequestCount(string slug) => _requests.Count(r => ArticleSlug(r.Path) == slug);

    /// <summary>Serves <paramref name="html"/> (UTF-8) at a path; with a query, only for exactly that query.</summary>
    public void SetPage(string pathAndQuery, string html) =>
        SetPage(pathAndQuery, Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8");

    public void SetPage(string pathAndQuery, byte[] body, string contentType) =>
        _pages[Normalize(pathAndQuery)] = new FakeResource(body, contentType, _time.GetUtcNow());

    /// <summary>Serves a listing page for the request whose <paramref name="pageParameter"/> is <paramref name="page"/>
    /// (page 1 also answers when the parameter is absent).</summary>
    public void SetListingPage(string path, string pageParameter, int page, string html) =>
        SetPage($"{path}#{pageParameter}={page}", html);

    /// <summary>Serves an article page for every link whose path holds <c>/content/{slug}</c>.</summary>
    public void SetArticle(string slug, string html) =>
        _articles[slug] = new FakeResource(Encoding.UTF8.GetBytes(html), "text/html; charset=utf-8", _time.GetUtcNow());

    /// <summary>Adds a listing rendered from changeable items; its articles are served by slug.</summary>
    public FakeListing AddListing(string path, string pageParameter, string instanceId = "TW6LTp1ZtwaN", int pageSize = 20) =>
        _listings[path] = new FakeListing(path, instanceId, pageParameter, pageSize, _time);

    /// <summary>Makes the next <paramref name="times"/> requests for <paramref name="path"/> (any query) fail.</summary>
    public void InjectFault(string path, SiteFault fault, int times = int.MaxValue) =>
        _faults[path] = new FaultSlot(fault, times);

    public void ClearFaults() => _faults.Clear();

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _server, null) is { } server)
        {
            await server.DisposeAsync();
        }
    }

    private async Task HandleAsync(HttpContext context)
    {
        var request = context.Request;
        _requests.Enqueue(new RecordedRequest(request.Method, request.Path.Value ?? "/", request.QueryString.Value ?? "",
            Header(request, "If-None-Match"), Header(request, "If-Modified-Since"), Header(request, "Accept-Encoding"), Header(request, "User-Agent"),
            DateTimeOffset.UtcNow));

        if (TakeFault(request.Path.Value ?? "/") is { } fault && !await FakeFaults.ApplyAsync(context, fault))
        {
            return;
        }

        if (Resolve(request) is not { } resource)
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            await context.Response.WriteAsync("<html><body><h1>404</h1></body></html>");
            return;
        }

        if (await FakeResponses.WriteAsync(context, resource, ConditionalGet, Compression))
        {
            Interlocked.Increment(ref _compressedResponses);
        }
    }

    private SiteFault? TakeFault(string path)
    {
        if (!_faults.TryGetValue(path, out var slot) || !slot.TryTake())
        {
            return null;
        }

        return slot.Fault;
    }

    private FakeResource? Resolve(HttpRequest request)
    {
        var path = request.Path.Value ?? "/";
        if (_pages.TryGetValue(path + request.QueryString.Value, out var exact))
        {
            return exact;
        }

        foreach (var listing in _listings.Values.Where(l => l.Path == path))
        {
            var page = int.TryParse(request.Query[listing.PageParameter], out var p) ? p : 1;
            return new FakeResource(Encoding.UTF8.GetBytes(listing.RenderPage(page, BaseUri)), "text/html; charset=utf-8", listing.LastModified);
        }

        foreach (var key in _pages.Keys.Where(k => k.StartsWith(path + "#", StringComparison.Ordinal)))
        {
            var parameter = key[(path.Length + 1)..].Split('=')[0];
            var value = request.Query[parameter].ToString();
            if (key == $"{path}#{parameter}={(value.Length == 0 ? "1" : value)}")
            {
                return _pages[key];
            }
        }

        return _pages.TryGetValue(path, out var page1) ? page1 : ResolveArticle(path);
    }

    private FakeResource? ResolveArticle(string path)
    {
        if (ArticleSlug(path) is not { } slug)
        {
            return null;
        }

        if (_articles.TryGetValue(slug, out var stored))
        {
            return stored;
        }

        foreach (var listing in _listings.Values)
        {
            if (listing.Find(slug) is { } item)
            {
                return new FakeResource(Encoding.UTF8.GetBytes(FakeSiteMarkup.Article(item)), "text/html; charset=utf-8", listing.LastModified);
            }
        }

        return null;
    }

    private static string Normalize(string pathAndQuery) => pathAndQuery.StartsWith('/') ? pathAndQuery : "/" + pathAndQuery;

    private static string? Header(HttpRequest request, string name) =>
        request.Headers.TryGetValue(name, out var values) ? values.ToString() : null;

    private static string? ArticleSlug(string path) => ContentSlug().Match(path) is { Success: true } m ? m.Groups[1].Value : null;

    [GeneratedRegex("/content/([^/?#;]+)")]
    private static partial Regex ContentSlug();

    private sealed class FaultSlot(SiteFault fault, int times)
    {
        private int _remaining = times;

        public SiteFault Fault { get; } = fault;

        public bool TryTake() => Interlocked.Decrement(ref _remaining) >= 0;
    }
}

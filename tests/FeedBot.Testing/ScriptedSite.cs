using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace FeedBot.Testing;

/// <summary>
/// A loopback web site whose pages a test sets and changes between requests: a page is a path (query ignored) with
/// a handler. Unknown paths answer 404. Every request path is recorded.
/// </summary>
public sealed class ScriptedSite : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, RequestDelegate> _pages = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> _requests = new();
    private LoopbackServer? _server;

    public Uri BaseUri => _server?.BaseUri ?? throw new InvalidOperationException("Start the site first.");

    public IReadOnlyCollection<string> Requests => _requests;

    public static async Task<ScriptedSite> StartAsync()
    {
        var site = new ScriptedSite();
        site._server = await LoopbackServer.StartAsync(app => app.Run(site.HandleAsync));
        return site;
    }

    public Uri Url(string pathAndQuery) => new(BaseUri, pathAndQuery.TrimStart('/'));

    public void Set(string path, RequestDelegate handler) => _pages[path] = handler;

    public void SetHtml(string path, string html) => Set(path, context => WriteAsync(context, 200, html));

    public void SetStatus(string path, int status, string body = "") => Set(path, context => WriteAsync(context, status, body));

    public static async Task WriteAsync(HttpContext context, int status, string html)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.Body.WriteAsync(Encoding.UTF8.GetBytes(html));
    }

    private Task HandleAsync(HttpContext context)
    {
        _requests.Enqueue(context.Request.Path + context.Request.QueryString);
        return _pages.TryGetValue(context.Request.Path.Value ?? "", out var handler)
            ? handler(context)
            : WriteAsync(context, 404, "<html><body>Not found</body></html>");
    }

    public async ValueTask DisposeAsync()
    {
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

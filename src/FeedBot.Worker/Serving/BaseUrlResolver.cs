using System.Collections.Concurrent;
using FeedBot.Worker.Hosting;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Serving;

/// <summary>
/// The absolute base of links in feeds: <c>FeedBot:Http:PublicBaseUrl</c> when set, else the request's scheme, host and
/// path base. Parsed once per distinct base (at most <see cref="MaxRemembered"/> request bases are remembered, so that
/// made-up Host headers cannot grow it), not on every request.
/// </summary>
public sealed class BaseUrlResolver(IOptions<HttpOptions> options)
{
    public const int MaxRemembered = 64;
    private readonly ConcurrentDictionary<(string Scheme, string Host, string PathBase), Uri> _remembered = new();
    private Uri? _configured;

    /// <summary>The answer when <see cref="Resolve"/> finds no base URL.</summary>
    public static IResult BadHost() =>
        Results.Text("The request's Host header cannot form an absolute URL.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>The base URL ending in <c>/</c>, or null when the request's host cannot form one.</summary>
    public Uri? Resolve(HttpRequest request)
    {
        var configured = options.Value.PublicBaseUrl;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return _configured ??= Parse(configured.Trim());
        }

        if (!request.Host.HasValue)
        {
            return null;
        }

        var key = (request.Scheme, request.Host.Value, request.PathBase.Value ?? "");
        if (_remembered.TryGetValue(key, out var known))
        {
            return known;
        }

        var uri = Parse($"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}");
        if (uri is not null && _remembered.Count < MaxRemembered)
        {
            _remembered.TryAdd(key, uri);
        }

        return uri;
    }

    private static Uri? Parse(string text) => Uri.TryCreate(text.TrimEnd('/') + "/", UriKind.Absolute, out var uri) ? uri : null;
}

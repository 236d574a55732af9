using FeedBot.Worker.Hosting;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Serving;

/// <summary>The absolute base of links in feeds: <c>FeedBot:Http:PublicBaseUrl</c> when set, else the request's scheme, host and path base.</summary>
public sealed class BaseUrlResolver(IOptions<HttpOptions> options)
{
    /// <summary>The answer when <see cref="Resolve"/> finds no base URL.</summary>
    public static IResult BadHost() =>
        Results.Text("The request's Host header cannot form an absolute URL.", "text/plain; charset=utf-8", statusCode: StatusCodes.Status400BadRequest);

    /// <summary>The base URL ending in <c>/</c>, or null when the request's host cannot form one.</summary>
    public Uri? Resolve(HttpRequest request)
    {
        var configured = options.Value.PublicBaseUrl;
        string text;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            text = configured.Trim();
        }
        else if (request.Host.HasValue)
        {
            text = $"{request.Scheme}://{request.Host.ToUriComponent()}{request.PathBase.ToUriComponent()}";
        }
        else
        {
            return null;
        }

        return Uri.TryCreate(text.TrimEnd('/') + "/", UriKind.Absolute, out var uri) ? uri : null;
    }
}

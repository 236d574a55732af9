using FeedBot.Feeds.Sources;
using FeedBot.Worker.Serving;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Endpoints;

/// <summary><c>/feeds/{sourceId}.{rss|atom|json}</c> and <c>/feeds.opml</c>, served from the render cache. The feeds are
/// plain request delegates (<see cref="FeedRequestHandler"/>): no parameter binding or request scope on the hot path.</summary>
internal static class FeedEndpoints
{
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        var feeds = new FeedRequestHandler(app.ServiceProvider);
        app.MapGroup("/feeds").WithTags("Feeds").MapMethods("/{sourceId}.{format}", GetAndHead, feeds.ServeFeedAsync);
        app.MapGroup("/").WithTags("Feeds").MapMethods(FeedLinks.OpmlPath, GetAndHead, ServeOpmlAsync);
        return app;
    }

    private static async Task<IResult> ServeOpmlAsync(
        HttpRequest request, IOptionsMonitor<SourcesOptions> sources, BaseUrlResolver baseUrls, RenderCache cache, FeedRenderer renderer, CancellationToken cancellationToken)
    {
        if (baseUrls.Resolve(request) is not { } baseUrl)
        {
            return BaseUrlResolver.BadHost();
        }

        var key = new RenderKey("opml", "", 0, "", baseUrl.AbsoluteUri, 0);
        var rendered = await cache.GetOrRenderAsync(
            key, (renderer, sources, baseUrl), static s => Task.FromResult(s.renderer.RenderOpml(s.sources.CurrentValue.Sources, s.baseUrl)), cancellationToken);
        return new RenderedResult(rendered);
    }
}

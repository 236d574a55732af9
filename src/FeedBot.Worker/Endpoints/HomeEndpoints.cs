using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Worker.Serving;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Endpoints;

/// <summary><c>GET /</c>: the Vietnamese home page with every source, its latest items and feed autodiscovery.</summary>
internal static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHomeEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/").WithTags("Home").MapMethods("/", [HttpMethods.Get, HttpMethods.Head], ServeHomeAsync);
        return app;
    }

    private static async Task<IResult> ServeHomeAsync(
        HttpRequest request, IOptionsMonitor<SourcesOptions> sources, IOptions<FeedOptions> options, BaseUrlResolver baseUrls,
        ItemChangeTracker changes, RenderCache cache, IItemStore store, HomePageWriter writer, FeedRenderer renderer, TimeProvider clock,
        CancellationToken cancellationToken)
    {
        if (baseUrls.Resolve(request) is not { } baseUrl)
        {
            return BaseUrlResolver.BadHost();
        }

        var all = sources.CurrentValue.Sources;
        var version = 0L;
        foreach (var source in all)
        {
            version += await changes.GetVersionAsync(source.Id, cancellationToken);
        }

        var key = new RenderKey("home", "", options.Value.HomePageItems, "", baseUrl.AbsoluteUri, version);
        var rendered = await cache.GetOrRenderAsync(key, async () =>
        {
            var sections = new List<HomeSection>();
            foreach (var source in all)
            {
                sections.Add(new HomeSection(source, await store.GetLatestAsync(source.Id, options.Value.HomePageItems, CancellationToken.None)));
            }

            var now = clock.GetUtcNow();
            return RenderedResponse.Create(writer.Write(sections, baseUrl), HomePageWriter.MediaType, now, renderer.MaxAge(null));
        }, cancellationToken);
        return new RenderedResult(rendered);
    }
}

using FeedBot.Feeds.People;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Worker.Serving;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Endpoints;

/// <summary>
/// <c>GET|HEAD /feeds/{sourceId}.{format}</c> as a request delegate. Its singletons are resolved from the root provider on
/// the first request (not at mapping, before start-up validation), so a request touches no request scope; a cached feed
/// is found with <see cref="RenderCache.TryGet"/> and written by <see cref="RenderedResult.ServeAsync"/> without a result object.
/// </summary>
internal sealed class FeedRequestHandler(IServiceProvider provider)
{
    private const string PlainText = "text/plain; charset=utf-8";
    private Services? _services;

    public async Task ServeFeedAsync(HttpContext context)
    {
        var services = _services ??= new Services(provider);
        var request = context.Request;
        var source = services.Sources.CurrentValue.Find(request.RouteValues["sourceId"] as string ?? "");
        var format = FeedLinks.ParseExtension(request.RouteValues["format"] as string ?? "");
        var query = FeedQuery.Parse(request.Query, services.Options.Value, services.People.Value, out var error);
        var baseUrl = services.BaseUrls.Resolve(request);
        if (source is null || format is null || query is null || baseUrl is null)
        {
            await Rejection(services, source is null || format is null, error).ExecuteAsync(context);
            return;
        }

        var key = new RenderKey(
            FeedLinks.Extension(format.Value), source.Id, query.Limit, query.Filter.Text, baseUrl.AbsoluteUri,
            await services.Changes.GetVersionAsync(source.Id, CancellationToken.None), People: query.PeopleKey);
        if (!services.Cache.TryGet(key, out var rendered))
        {
            rendered = await services.Cache.GetOrRenderAsync(key, () => services.Renderer.RenderFeedAsync(source, format.Value, query, baseUrl, CancellationToken.None), context.RequestAborted);
        }

        await RenderedResult.ServeAsync(context, rendered);
    }

    /// <summary>404 for an unknown source or format, else 400 for a bad query parameter, else 400 for a bad Host.</summary>
    private static IResult Rejection(Services services, bool notFound, string? queryError) =>
        notFound ? NotFound(services.Sources.CurrentValue)
        : queryError is not null ? Results.Text(queryError, PlainText, statusCode: StatusCodes.Status400BadRequest)
        : BaseUrlResolver.BadHost();

    private static IResult NotFound(SourcesOptions sources) => Results.Text(
        $"No feed here: the source must be one of {string.Join(", ", sources.Sources.Select(s => s.Id))} and the format rss, atom or json.",
        PlainText, statusCode: StatusCodes.Status404NotFound);

    private sealed class Services(IServiceProvider provider)
    {
        public IOptionsMonitor<SourcesOptions> Sources { get; } = provider.GetRequiredService<IOptionsMonitor<SourcesOptions>>();

        public IOptions<FeedOptions> Options { get; } = provider.GetRequiredService<IOptions<FeedOptions>>();

        public IOptions<PeopleOptions> People { get; } = provider.GetRequiredService<IOptions<PeopleOptions>>();

        public BaseUrlResolver BaseUrls { get; } = provider.GetRequiredService<BaseUrlResolver>();

        public ItemChangeTracker Changes { get; } = provider.GetRequiredService<ItemChangeTracker>();

        public RenderCache Cache { get; } = provider.GetRequiredService<RenderCache>();

        public FeedRenderer Renderer { get; } = provider.GetRequiredService<FeedRenderer>();
    }
}

using FeedBot.Feeds.People;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Writing;
using FeedBot.Worker.Serving;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Endpoints;

/// <summary>
/// <c>GET|HEAD /feeds/{sourceId}.{format}</c> as a request delegate. Its singletons are resolved from the root provider on
/// the first request (not at mapping, before start-up validation), so a request touches no request scope; a cached feed
/// is found by <see cref="RenderCache.GetOrRenderAsync"/> synchronously (the render's arguments travel as a struct to a
/// static lambda, so a hit allocates no closure) and written by <see cref="RenderedResult.ServeAsync"/> without a result
/// object. An unknown source or format answers 404 before the query or the Host is read.
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
        if (source is null || format is null)
        {
            await NotFound(services.Sources.CurrentValue).ExecuteAsync(context);
            return;
        }

        var query = FeedQuery.Parse(request.Query, services.Options.Value, services.People.Value, out var error);
        var baseUrl = query is null ? null : services.BaseUrls.Resolve(request);
        if (query is null || baseUrl is null)
        {
            await BadRequest(error).ExecuteAsync(context);
            return;
        }

        var key = new RenderKey(
            FeedLinks.Extension(format.Value), source.Id, query.Limit, query.Filter.Text, baseUrl.AbsoluteUri,
            await services.Changes.GetVersionAsync(source.Id, CancellationToken.None), People: query.PeopleKey);
        var rendered = await services.Cache.GetOrRenderAsync(
            key, new FeedRender(services.Renderer, source, format.Value, query, baseUrl), static r => r.RenderAsync(), context.RequestAborted);
        await RenderedResult.ServeAsync(context, rendered);
    }

    /// <summary>400 for a bad query parameter (<paramref name="queryError"/>), else for a bad Host.</summary>
    private static IResult BadRequest(string? queryError) => queryError is not null
        ? Results.Text(queryError, PlainText, statusCode: StatusCodes.Status400BadRequest)
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

    /// <summary>What a miss renders; a struct, so that passing it on a hit allocates nothing.</summary>
    private readonly record struct FeedRender(FeedRenderer Renderer, SourceOptions Source, FeedFormat Format, FeedQuery Query, Uri BaseUrl)
    {
        public Task<RenderedResponse> RenderAsync() => Renderer.RenderFeedAsync(Source, Format, Query, BaseUrl, CancellationToken.None);
    }
}

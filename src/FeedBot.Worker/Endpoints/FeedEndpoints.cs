using FeedBot.Feeds.People;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Worker.Serving;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Endpoints;

/// <summary><c>/feeds/{sourceId}.{rss|atom|json}</c> and <c>/feeds.opml</c>, served from the render cache.</summary>
internal static class FeedEndpoints
{
    private const string PlainText = "text/plain; charset=utf-8";
    private static readonly string[] GetAndHead = [HttpMethods.Get, HttpMethods.Head];

    public static IEndpointRouteBuilder MapFeedEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/feeds").WithTags("Feeds").MapMethods("/{sourceId}.{format}", GetAndHead, ServeFeedAsync);
        app.MapGroup("/").WithTags("Feeds").MapMethods(FeedLinks.OpmlPath, GetAndHead, ServeOpmlAsync);
        return app;
    }

    private static async Task<IResult> ServeFeedAsync(
        string sourceId, string format, HttpRequest request, IOptionsMonitor<SourcesOptions> sources, IOptions<FeedOptions> options,
        IOptions<PeopleOptions> people, BaseUrlResolver baseUrls, ItemChangeTracker changes, RenderCache cache, FeedRenderer renderer, CancellationToken cancellationToken)
    {
        var source = sources.CurrentValue.Find(sourceId);
        if (source is null || FeedLinks.ParseExtension(format) is not { } feedFormat)
        {
            return Results.Text($"No feed here: the source must be one of {string.Join(", ", sources.CurrentValue.Sources.Select(s => s.Id))} and the format rss, atom or json.", PlainText, statusCode: StatusCodes.Status404NotFound);
        }

        if (FeedQuery.Parse(request.Query, options.Value, people.Value, out var error) is not { } query)
        {
            return Results.Text(error, PlainText, statusCode: StatusCodes.Status400BadRequest);
        }

        if (baseUrls.Resolve(request) is not { } baseUrl)
        {
            return BaseUrlResolver.BadHost();
        }

        var key = new RenderKey(
            FeedLinks.Extension(feedFormat), source.Id, query.Limit, query.Filter.Text, baseUrl.AbsoluteUri,
            await changes.GetVersionAsync(source.Id, cancellationToken), People: query.PeopleKey);
        var rendered = await cache.GetOrRenderAsync(key, () => renderer.RenderFeedAsync(source, feedFormat, query, baseUrl, CancellationToken.None), cancellationToken);
        return new RenderedResult(rendered);
    }

    private static async Task<IResult> ServeOpmlAsync(
        HttpRequest request, IOptionsMonitor<SourcesOptions> sources, BaseUrlResolver baseUrls, RenderCache cache, FeedRenderer renderer, CancellationToken cancellationToken)
    {
        if (baseUrls.Resolve(request) is not { } baseUrl)
        {
            return BaseUrlResolver.BadHost();
        }

        var key = new RenderKey("opml", "", 0, "", baseUrl.AbsoluteUri, 0);
        var rendered = await cache.GetOrRenderAsync(key, () => Task.FromResult(renderer.RenderOpml(sources.CurrentValue.Sources, baseUrl)), cancellationToken);
        return new RenderedResult(rendered);
    }
}

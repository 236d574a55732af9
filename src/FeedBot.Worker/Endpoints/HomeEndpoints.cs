using FeedBot.Feeds.People;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Storage;
using FeedBot.Worker.Serving;
using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Conversation;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Endpoints;

/// <summary><c>GET /</c> (and <c>/?q=</c>): the Vietnamese home page with every source, its latest items, the people,
/// the search, subscribe links and feed autodiscovery. A bad <c>q</c> answers 400 with the page and the problem.</summary>
internal static class HomeEndpoints
{
    public static IEndpointRouteBuilder MapHomeEndpoints(this IEndpointRouteBuilder app)
    {
        var home = app.MapGroup("/").WithTags("Home");
        home.MapMethods("/", [HttpMethods.Get, HttpMethods.Head], ServeHomeAsync);
        home.MapMethods(HomeIcon.Path, [HttpMethods.Get, HttpMethods.Head], ServeIcon);
        return app;
    }

    private static IResult ServeIcon(HttpResponse response)
    {
        response.Headers.CacheControl = "public, max-age=604800";
        return Results.Bytes(HomeIcon.Svg, HomeIcon.MediaType);
    }

    private static async Task<IResult> ServeHomeAsync(
        HttpRequest request, IOptionsMonitor<SourcesOptions> sources, IOptions<FeedOptions> options, BaseUrlResolver baseUrls,
        ItemChangeTracker changes, RenderCache cache, IItemStore store, HomePageWriter writer, FeedRenderer renderer, TimeProvider clock,
        IOptions<PeopleOptions> people, IOptions<TelegramOptions> telegram, BotProfile bot, CancellationToken cancellationToken)
    {
        if (baseUrls.Resolve(request) is not { } baseUrl)
        {
            return BaseUrlResolver.BadHost();
        }

        var search = HomeSearch.Parse(request.Query, options.Value);
        var botUsername = telegram.Value.Enabled ? bot.KnownUsername : null;
        var all = sources.CurrentValue.Sources;
        var version = 0L;
        foreach (var source in all)
        {
            version += await changes.GetVersionAsync(source.Id, cancellationToken);
        }

        var key = new RenderKey("home", "", options.Value.HomePageItems, search.IsInvalid ? "\0invalid" : search.Filter.Text, baseUrl.AbsoluteUri, version, botUsername ?? "");
        var render = new HomeRender(all, store, search, options.Value, people.Value.People, botUsername, baseUrl, writer, clock, renderer);
        var rendered = await cache.GetOrRenderAsync(key, render, static r => r.RenderAsync(), cancellationToken);
        return search.IsInvalid ? new RenderedResult(rendered, StatusCodes.Status400BadRequest) : new RenderedResult(rendered);
    }

    /// <summary>What a miss renders: every source's newest items (the search's window), then the page.</summary>
    private readonly record struct HomeRender(
        IReadOnlyList<SourceOptions> Sources, IItemStore Store, HomeSearch Search, FeedOptions Options, IReadOnlyList<PersonOptions> People,
        string? BotUsername, Uri BaseUrl, HomePageWriter Writer, TimeProvider Clock, FeedRenderer Renderer)
    {
        public async Task<RenderedResponse> RenderAsync()
        {
            var sections = new List<HomeSection>();
            foreach (var source in Sources)
            {
                sections.Add(new HomeSection(source, await Store.GetLatestAsync(source.Id, Search.Window(Options), CancellationToken.None)));
            }

            var page = new HomePage(sections, People, Search, BotUsername, BaseUrl);
            return RenderedResponse.Create(Writer.Write(page), HomePageWriter.MediaType, Clock.GetUtcNow(), Renderer.MaxAge(null));
        }
    }
}

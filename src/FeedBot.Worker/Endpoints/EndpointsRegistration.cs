using FeedBot.Worker.Health;
using FeedBot.Worker.Serving;

namespace FeedBot.Worker.Endpoints;

/// <summary>Serving options, the render cache (which holds every body identity, gzip and brotli) and health.</summary>
internal static class EndpointsRegistration
{
    public static IServiceCollection AddFeedBotEndpoints(this IServiceCollection services)
    {
        services.AddOptions<FeedOptions>().BindConfiguration(FeedOptions.SectionName)
            .Validate(o => o.MaxLimit >= 1, "FeedBot:Feeds:MaxLimit must be at least 1.")
            .Validate(o => o.DefaultLimit >= 1 && o.DefaultLimit <= o.MaxLimit, "FeedBot:Feeds:DefaultLimit must be from 1 to FeedBot:Feeds:MaxLimit.")
            .Validate(o => o.FilterWindow >= o.MaxLimit, "FeedBot:Feeds:FilterWindow must be at least FeedBot:Feeds:MaxLimit.")
            .Validate(o => o.MaxQueryLength >= 1, "FeedBot:Feeds:MaxQueryLength must be at least 1.")
            .Validate(o => o.CacheEntries >= 1, "FeedBot:Feeds:CacheEntries must be at least 1.")
            .Validate(o => o.CacheIdleMinutes >= 1, "FeedBot:Feeds:CacheIdleMinutes must be at least 1.")
            .Validate(o => o.DefaultMaxAgeSeconds >= 0, "FeedBot:Feeds:DefaultMaxAgeSeconds must not be negative.")
            .Validate(o => o.HomePageItems >= 0, "FeedBot:Feeds:HomePageItems must not be negative.")
            .Validate(o => o.HomeSearchResults >= 1 && o.HomeSearchResults <= o.MaxLimit, "FeedBot:Feeds:HomeSearchResults must be from 1 to FeedBot:Feeds:MaxLimit.")
            .ValidateOnStart();

        services.AddSingleton<RenderCache>();
        services.AddSingleton<FeedRenderer>();
        services.AddSingleton<HomePageWriter>();
        services.AddSingleton<BaseUrlResolver>();
        services.AddHealthChecks();
        services.AddSingleton<HealthReporter>();
        return services;
    }

    public static WebApplication UseFeedBotEndpoints(this WebApplication app)
    {
        app.MapHomeEndpoints();
        app.MapFeedEndpoints();
        app.MapHealthEndpoints();
        return app;
    }
}

using System.Net;
using FeedBot.Feeds.Sanitizing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Scraping;

/// <summary>Registers fetching, parsing and sanitizing; called from <see cref="FeedsServiceCollectionExtensions.AddFeedBotFeeds"/>.</summary>
internal static class ScrapingRegistration
{
    public static IServiceCollection AddScraping(this IServiceCollection services)
    {
        services.AddOptions<FetchOptions>().BindConfiguration(FetchOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<FetchOptions>, FetchOptionsValidator>();

        services.AddSingleton<SiteDateParser>();
        services.AddSingleton<HtmlSanitizer>();
        services.AddSingleton<ListingParser>();
        services.AddSingleton<ArticleParser>();
        services.AddSingleton<PollMetrics>();

        services.AddHttpClient<SiteFetcher>((sp, http) =>
            {
                // SiteFetcher enforces FeedBot:Fetch:TimeoutSeconds over headers and body; this is only a backstop.
                http.Timeout = sp.GetRequiredService<IOptions<FetchOptions>>().Value.Timeout + TimeSpan.FromSeconds(10);
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Brotli | DecompressionMethods.Deflate,
                AllowAutoRedirect = true,
                MaxAutomaticRedirections = 5,
                UseCookies = false,
                ConnectTimeout = TimeSpan.FromSeconds(15),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });

        return services;
    }
}

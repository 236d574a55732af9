using FeedBot.Feeds.Scraping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Tests.Scraping;

/// <summary>The library's real registration (<c>AddFeedBotFeeds</c>) over the shipped appsettings.json plus overrides.</summary>
internal sealed class FetcherHost : IDisposable
{
    private readonly ServiceProvider _services;

    public FetcherHost(params (string Key, string Value)[] overrides)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Fixture.ShippedAppSettings)
            .AddInMemoryCollection(overrides.Select(o => new KeyValuePair<string, string?>(o.Key, o.Value)))
            .Build();
        _services = new ServiceCollection()
            .AddSingleton<IConfiguration>(configuration)
            .AddMetrics()
            .AddFeedBotFeeds()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    public SiteFetcher Fetcher => _services.GetRequiredService<SiteFetcher>();

    public T Get<T>()
        where T : notnull => _services.GetRequiredService<T>();

    /// <summary>Runs the options validation that ValidateOnStart runs at host start-up.</summary>
    public void ValidateOptions() => _services.GetRequiredService<IStartupValidator>().Validate();

    public void Dispose() => _services.Dispose();
}

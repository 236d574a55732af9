using FeedBot.Feeds;
using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Sources;
using FeedBot.Worker.Hosting;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Commands;

/// <summary>
/// <c>scrape &lt;sourceId&gt; [--json] [--url &lt;listing url&gt;]</c>: fetches and parses one listing page once, writes
/// nothing, prints the items. Exits 1 with the reason when the page yields no items or cannot be fetched, 2 on bad usage.
/// </summary>
internal static class ScrapeCommand
{
    public const string Usage = "usage: scrape <sourceId> [--json] [--url <listing url>]";

    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "scrape";

    public static async Task<int> RunAsync(string[] args, TextWriter? stdout = null, TextWriter? stderr = null, IDictionary<string, string?>? overrides = null)
    {
        stdout ??= Console.Out;
        stderr ??= Console.Error;
        if (!ScrapeArguments.TryParse(args, out var parsed, out var usageError))
        {
            await stderr.WriteLineAsync($"{usageError}\n{Usage}");
            return 2;
        }

        using var host = BuildHost(overrides);
        SourcesOptions sources;
        try
        {
            sources = host.Services.GetRequiredService<IOptions<SourcesOptions>>().Value;
        }
        catch (OptionsValidationException ex)
        {
            await stderr.WriteLineAsync($"Bad configuration: {string.Join(" ", ex.Failures)}");
            return 2;
        }

        var source = sources.Find(parsed.SourceId);
        if (source is null)
        {
            var known = string.Join(", ", sources.Sources.Select(s => s.Id));
            await stderr.WriteLineAsync($"Unknown source '{parsed.SourceId}'. Configured sources: {known}.");
            return 2;
        }

        return await ScrapeAsync(host.Services, source, parsed, stdout, stderr);
    }

    private static async Task<int> ScrapeAsync(IServiceProvider services, SourceOptions source, ScrapeArguments parsed, TextWriter stdout, TextWriter stderr)
    {
        var url = parsed.Url ?? new Uri(source.ListingUrl);
        try
        {
            var fetched = await services.GetRequiredService<SiteFetcher>().FetchAsync(url, null, CancellationToken.None);
            var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
            var items = services.GetRequiredService<ListingParser>().Parse(fetched.Html ?? "", fetched.FinalUri, source, now);
            await stdout.WriteAsync(parsed.Json ? ScrapeOutput.Json(items) : ScrapeOutput.Table(items, source));
            return 0;
        }
        catch (Exception ex) when (ex is FetchException or ScrapeException)
        {
            await stderr.WriteLineAsync($"scrape {source.Id}: {url}: {ex.Message}");
            return 1;
        }
    }

    private static IHost BuildHost(IDictionary<string, string?>? overrides)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = [] });
        AppSettingsLocator.Apply(builder.Configuration, builder.Environment);
        if (overrides is not null)
        {
            builder.Configuration.AddInMemoryCollection(overrides);
        }

        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.AddFilter((category, level) => level >= LogLevel.Warning);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Services.AddFeedBotFeeds();
        return builder.Build();
    }
}

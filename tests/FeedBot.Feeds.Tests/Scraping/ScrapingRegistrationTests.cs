using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Scraping;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Tests.Scraping;

public sealed class ScrapingRegistrationTests
{
    [Fact]
    public void AddFeedBotFeeds_ShippedSettings_ResolvesScrapingServicesAndBindsFetchOptions()
    {
        using var host = new FetcherHost();

        host.ValidateOptions();
        var options = host.Get<IOptions<FetchOptions>>().Value;
        Assert.Equal(30, options.TimeoutSeconds);
        Assert.Equal(5_242_880, options.MaxResponseBytes);
        Assert.Equal(TimeSpan.FromHours(1), options.MaxRetryAfter);
        Assert.StartsWith("FeedBot/1.0 (+https://", options.UserAgent);
        Assert.NotNull(host.Fetcher);
        Assert.Same(host.Get<ListingParser>(), host.Get<ListingParser>());
        Assert.Same(host.Get<ArticleParser>(), host.Get<ArticleParser>());
        Assert.Same(host.Get<HtmlSanitizer>(), host.Get<HtmlSanitizer>());
        Assert.Same(host.Get<SiteDateParser>(), host.Get<SiteDateParser>());
    }

    [Theory]
    [InlineData("FeedBot:Fetch:TimeoutSeconds", "0", "FeedBot:Fetch:TimeoutSeconds: 0 is outside 1-600.")]
    [InlineData("FeedBot:Fetch:MaxResponseBytes", "10", "FeedBot:Fetch:MaxResponseBytes: 10 is outside 1024-104857600 (1 KB to 100 MB).")]
    [InlineData("FeedBot:Fetch:MaxRetryAfterMinutes", "0", "FeedBot:Fetch:MaxRetryAfterMinutes: 0 is outside 1-1440 (the longest a site's Retry-After may hold a source back, 1 minute to 1 day).")]
    [InlineData("FeedBot:Fetch:UserAgent", " ", "FeedBot:Fetch:UserAgent: a User-Agent naming FeedBot and its URL is required.")]
    [InlineData("FeedBot:Fetch:UserAgent", "FeedBot\nX-Evil: 1", "FeedBot:Fetch:UserAgent: 'FeedBot\nX-Evil: 1' must be printable ASCII on one line.")]
    public void AddFeedBotFeeds_BadFetchSetting_StartupValidationNamesTheKey(string key, string value, string message)
    {
        using var host = new FetcherHost((key, value));

        var ex = Assert.Throws<OptionsValidationException>(host.ValidateOptions);

        Assert.Equal([message], ex.Failures);
    }

    [Fact]
    public void FetchOptions_Defaults_MatchTheIssue()
    {
        var options = new FetchOptions();

        Assert.Equal(TimeSpan.FromSeconds(30), options.Timeout);
        Assert.Equal(5 * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(60, options.MaxRetryAfterMinutes);
        Assert.Contains("FeedBot", options.UserAgent);
        Assert.Contains("https://", options.UserAgent);
    }
}

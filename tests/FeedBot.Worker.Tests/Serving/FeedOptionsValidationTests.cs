using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Tests.Serving;

/// <summary>Bad <c>FeedBot:Feeds</c> values stop start-up with a message naming the key.</summary>
public sealed class FeedOptionsValidationTests
{
    [Theory]
    [InlineData("FeedBot:Feeds:DefaultLimit", "0", "FeedBot:Feeds:DefaultLimit must be from 1 to FeedBot:Feeds:MaxLimit.")]
    [InlineData("FeedBot:Feeds:DefaultLimit", "500", "FeedBot:Feeds:DefaultLimit must be from 1 to FeedBot:Feeds:MaxLimit.")]
    [InlineData("FeedBot:Feeds:MaxLimit", "0", "FeedBot:Feeds:MaxLimit must be at least 1.")]
    [InlineData("FeedBot:Feeds:FilterWindow", "10", "FeedBot:Feeds:FilterWindow must be at least FeedBot:Feeds:MaxLimit.")]
    [InlineData("FeedBot:Feeds:CacheEntries", "0", "FeedBot:Feeds:CacheEntries must be at least 1.")]
    [InlineData("FeedBot:Feeds:CacheIdleMinutes", "0", "FeedBot:Feeds:CacheIdleMinutes must be at least 1.")]
    public async Task Start_BadFeedOptions_FailsNamingTheKey(string key, string value, string expected)
    {
        var failure = await WorkerAppFactory.StartupFailureAsync(new Dictionary<string, string?> { [key] = value });

        var error = Assert.IsAssignableFrom<OptionsValidationException>(failure);
        Assert.Contains(expected, error.Message);
    }
}

using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>Bad delivery settings stop start-up with a message naming the key.</summary>
public sealed class DeliveryOptionsValidationTests
{
    [Theory]
    [InlineData("GlobalPerSecond", "31", "FeedBot:Telegram:Delivery:GlobalPerSecond must be between 1 and 30 (Telegram allows about 30 messages a second); got 31.")]
    [InlineData("GroupPerMinute", "0", "FeedBot:Telegram:Delivery:GroupPerMinute must be between 1 and 20")]
    [InlineData("PrivatePerSecond", "2", "FeedBot:Telegram:Delivery:PrivatePerSecond must be between 1 and 1")]
    [InlineData("Concurrency", "0", "FeedBot:Telegram:Delivery:Concurrency must be between 1 and 64")]
    [InlineData("ArticleWaitSeconds", "-1", "FeedBot:Telegram:Delivery:ArticleWaitSeconds must be between 0 and 3600")]
    [InlineData("AlertAfterFailures", "0", "FeedBot:Telegram:Delivery:AlertAfterFailures must be between 1 and 1000")]
    [InlineData("BackoffMaxSeconds", "0.5", "FeedBot:Telegram:Delivery:BackoffBaseSeconds must be above 0 and FeedBot:Telegram:Delivery:BackoffMaxSeconds at least as large")]
    public async Task Start_BadDeliverySetting_FailsNamingTheKey(string key, string value, string expected)
    {
        var error = await WorkerAppFactory.StartupValidationFailureAsync(new Dictionary<string, string?> { [$"FeedBot:Telegram:Delivery:{key}"] = value });

        Assert.Contains(expected, error.Message);
    }
}

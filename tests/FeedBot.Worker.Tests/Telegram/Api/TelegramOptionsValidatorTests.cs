using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Tests.Telegram.Api;

/// <summary>Bad FeedBot:Telegram values stop start-up with a message naming the key; the token is never echoed.</summary>
public sealed class TelegramOptionsValidatorTests
{
    [Theory]
    [InlineData("FeedBot:Telegram:ApiBaseUrl", "api.telegram.org", "FeedBot:Telegram:ApiBaseUrl: 'api.telegram.org' is not an absolute http(s) URL")]
    [InlineData("FeedBot:Telegram:PollTimeoutSeconds", "0", "FeedBot:Telegram:PollTimeoutSeconds: 0 must be between 1 and 50")]
    [InlineData("FeedBot:Telegram:ErrorBackoffSeconds", "-1", "FeedBot:Telegram:ErrorBackoffSeconds: -1 must be above 0")]
    [InlineData("FeedBot:Telegram:Channels:0:Chat", "kenh", "FeedBot:Telegram:Channels:0:Chat: 'kenh' must be a numeric chat id (-100...) or an @username")]
    [InlineData("FeedBot:Telegram:Channels:0:Sources:0", "nope", "FeedBot:Telegram:Channels:0:Sources: 'nope' is not a configured source id")]
    public void Start_BadTelegramValue_FailsNamingTheKey(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { ["FeedBot:Telegram:Channels:0:Chat"] = "@kenh_yte", ["FeedBot:Telegram:Channels:0:Sources:0"] = "moh-leadership" };
        settings[key] = value;
        using var app = new WorkerAppFactory(settings);

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.Server);

        Assert.Contains(expected, error.Message);
    }

    [Fact]
    public void Start_WebhookModeWithoutUrlAndSecret_NamesBothKeys()
    {
        using var app = new WorkerAppFactory(new Dictionary<string, string?> { ["FeedBot:Telegram:Mode"] = "Webhook", ["FeedBot:Telegram:WebhookUrl"] = "http://plain.example.org/x" });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.Server);

        Assert.Contains("FeedBot:Telegram:WebhookUrl: 'http://plain.example.org/x' must be the public https URL", error.Message);
        Assert.Contains("FeedBot:Telegram:WebhookSecret must be 1-256 characters", error.Message);
    }

    [Fact]
    public void Start_MalformedToken_FailsWithoutShowingIt()
    {
        const string token = "not a token with spaces";
        using var app = new WorkerAppFactory(new Dictionary<string, string?> { ["FeedBot:Telegram:BotToken"] = token });

        var error = Assert.ThrowsAny<OptionsValidationException>(() => app.Server);

        Assert.Contains("FeedBot:Telegram:BotToken does not look like a BotFather token", error.Message);
        Assert.DoesNotContain(token, error.ToString());
    }
}

using FeedBot.Feeds;
using FeedBot.Worker.Telegram;
using FeedBot.Worker.Telegram.Api;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Tests.Telegram.Api;

/// <summary>Bad FeedBot:Telegram values fail validation (ValidateOnStart) with a message naming the key; the token is
/// never echoed. The failing cases start the real worker (<see cref="WorkerAppFactory.StartupValidationFailureAsync"/>);
/// the shipped configuration is read from the worker's registrations over appsettings.json.</summary>
public sealed class TelegramOptionsValidatorTests
{
    [Theory]
    [InlineData("FeedBot:Telegram:ApiBaseUrl", "api.telegram.org", "FeedBot:Telegram:ApiBaseUrl: 'api.telegram.org' is not an absolute http(s) URL")]
    [InlineData("FeedBot:Telegram:ApiBaseUrl", "http://bot-api.internal:8081/telegram", "FeedBot:Telegram:ApiBaseUrl: 'http://bot-api.internal:8081/telegram' has a path, query or fragment, which Telegram.Bot drops")]
    [InlineData("FeedBot:Telegram:ApiBaseUrl", "https://api.telegram.org/?x=1", "FeedBot:Telegram:ApiBaseUrl: 'https://api.telegram.org/?x=1' has a path, query or fragment")]
    [InlineData("FeedBot:Telegram:PollTimeoutSeconds", "0", "FeedBot:Telegram:PollTimeoutSeconds: 0 must be between 1 and 50")]
    [InlineData("FeedBot:Telegram:ErrorBackoffSeconds", "-1", "FeedBot:Telegram:ErrorBackoffSeconds: -1 must be above 0")]
    [InlineData("FeedBot:Telegram:Channels:0:Chat", "kenh", "FeedBot:Telegram:Channels:0:Chat: 'kenh' must be a numeric chat id (-100...) or an @username")]
    [InlineData("FeedBot:Telegram:Channels:0:Sources:0", "nope", "FeedBot:Telegram:Channels:0:Sources: 'nope' is not a configured source id")]
    [InlineData("FeedBot:Telegram:Channels:0:Format", "long", "FeedBot:Telegram:Channels:0:Format: 'long' must be short (title, summary and link) or full (with the article's text)")]
    [InlineData("FeedBot:Telegram:Channels:0:Format", "", "FeedBot:Telegram:Channels:0:Format: '' must be short")]
    public async Task Start_BadTelegramValue_FailsNamingTheKey(string key, string value, string expected)
    {
        var settings = new Dictionary<string, string?> { ["FeedBot:Telegram:Channels:0:Chat"] = "@kenh_yte", ["FeedBot:Telegram:Channels:0:Sources:0"] = "moh-leadership" };
        settings[key] = value;
        var error = await WorkerAppFactory.StartupValidationFailureAsync(settings);

        Assert.Contains(expected, error.Message);
    }

    [Theory]
    [InlineData("http://localhost:8081")]
    [InlineData("http://localhost:8081/")]
    [InlineData("https://api.telegram.org")]
    public void Validate_ApiBaseUrlAtTheServerRoot_IsAccepted(string url)
    {
        using var host = Build(new Dictionary<string, string?> { ["FeedBot:Telegram:ApiBaseUrl"] = url });

        Assert.Equal(url, host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value.ApiBaseUrl);
    }

    [Fact]
    public async Task Start_WebhookModeWithoutUrlAndSecret_NamesBothKeys()
    {
        var error = await WorkerAppFactory.StartupValidationFailureAsync(new Dictionary<string, string?> { ["FeedBot:Telegram:Mode"] = "Webhook", ["FeedBot:Telegram:WebhookUrl"] = "http://plain.example.org/x" });

        Assert.Contains("FeedBot:Telegram:WebhookUrl: 'http://plain.example.org/x' must be the public https URL", error.Message);
        Assert.Contains("FeedBot:Telegram:WebhookSecret must be 1-256 characters", error.Message);
    }

    [Fact]
    public async Task Start_MalformedToken_FailsWithoutShowingIt()
    {
        const string token = "not a token with spaces";
        var error = await WorkerAppFactory.StartupValidationFailureAsync(new Dictionary<string, string?> { ["FeedBot:Telegram:BotToken"] = token });

        Assert.Contains("FeedBot:Telegram:BotToken does not look like a BotFather token", error.Message);
        Assert.DoesNotContain(token, error.ToString());
    }

    [Fact]
    public void Validate_ShippedConfiguration_IsValidAndOff()
    {
        using var host = Build(new Dictionary<string, string?>());

        var options = host.Services.GetRequiredService<IOptions<TelegramOptions>>().Value;

        Assert.False(options.Enabled);
        Assert.Equal(TelegramMode.LongPolling, options.Mode);
        Assert.Equal(50, options.PollTimeoutSeconds);
    }

    private static IHost Build(IDictionary<string, string?> settings)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddJsonFile(Path.Combine(AppContext.BaseDirectory, "appsettings.json")).AddInMemoryCollection(settings);
        builder.Services.AddFeedBotFeeds();
        builder.AddFeedBotTelegram();
        return builder.Build();
    }
}

using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Logging;
using FeedBot.Worker.Telegram;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Telegram.Bot;

namespace FeedBot.Worker.Tests.Telegram;

/// <summary>The client as the worker registers it (AddFeedBotTelegram), pointed at a fake, with every log entry captured at Trace.</summary>
public sealed class TelegramClientHost : IDisposable
{
    private readonly IHost _host;

    public TelegramClientHost(FakeBotApi fake, string? token = null, IDictionary<string, string?>? settings = null)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["FeedBot:Telegram:ApiBaseUrl"] = fake.ApiBaseUrl,
            ["FeedBot:Telegram:BotToken"] = token ?? fake.Token,
        });
        builder.Configuration.AddInMemoryCollection(settings ?? new Dictionary<string, string?>());
        builder.Logging.ClearProviders().SetMinimumLevel(LogLevel.Trace).AddProvider(Logs);
        builder.AddFeedBotTelegramClient();
        _host = builder.Build();
        Client = _host.Services.GetRequiredService<ITelegramBotClient>();
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public ITelegramBotClient Client { get; }

    public void Dispose() => _host.Dispose();
}

using FeedBot.Feeds.Sources;
using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Formatting;
using FeedBot.Worker.Telegram.Storage;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Telegram;

/// <summary>The Telegram part's one registration: options, the Bot API client, storage, formatting, the bot.</summary>
public static class TelegramRegistration
{
    public static IHostApplicationBuilder AddFeedBotTelegram(this IHostApplicationBuilder builder)
    {
        builder.AddFeedBotTelegramClient();
        var services = builder.Services;
        services.AddSingleton<TelegramChatStore>();
        services.AddSingleton<TelegramStateStore>();
        services.AddSingleton<ItemMessageFormatter>();
        return builder;
    }

    /// <summary>Options and the Bot API client alone (the part delivery and the tests need).</summary>
    public static IHostApplicationBuilder AddFeedBotTelegramClient(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        if (!services.Any(d => d.ServiceType == typeof(IConfigureOptions<SourcesOptions>)))
        {
            // Bound once: a second binding would append every configured source to the list again.
            services.AddOptions<SourcesOptions>().BindConfiguration(SourcesOptions.SectionName);
        }
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        // The token is in the request path: the default HttpClient loggers (which print the URL) are removed.
        services.AddHttpClient<ITelegramBotClient, TelegramBotClient>((sp, http) =>
            {
                var options = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
                http.BaseAddress = new Uri(options.ApiBaseUrl.TrimEnd('/') + "/");
                http.Timeout = options.HttpTimeout;
            })
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                ConnectTimeout = TimeSpan.FromSeconds(15),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });

        return builder;
    }
}

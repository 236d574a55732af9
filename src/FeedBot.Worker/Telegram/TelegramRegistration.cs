using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Conversation;
using FeedBot.Worker.Telegram.Conversation.Buttons;
using FeedBot.Worker.Telegram.Conversation.Commands;
using FeedBot.Worker.Telegram.Formatting;
using FeedBot.Worker.Telegram.Receiving;
using FeedBot.Worker.Telegram.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Telegram.Bot;

namespace FeedBot.Worker.Telegram;

/// <summary>The Telegram part's one registration: options, the Bot API client, storage, formatting, the bot.</summary>
public static class TelegramRegistration
{
    public static IHostApplicationBuilder AddFeedBotTelegram(this IHostApplicationBuilder builder)
    {
        builder.AddFeedBotTelegramClient();
        var services = builder.Services;
        services.AddTelegramStorage();
        services.AddSingleton<ArticleText>();
        services.AddSingleton<ItemMessageFormatter>();
        services.AddConversation();
        services.AddSingleton<UpdateProcessor>();
        services.AddSingleton<LongPollingReceiver>();
        services.AddSingleton<WebhookQueue>();
        services.AddSingleton<ChannelMaterializer>();
        services.AddSingleton<BotStartup>();
        services.AddHostedService<TelegramBotService>();
        return builder;
    }

    private static void AddConversation(this IServiceCollection services)
    {
        services.AddSingleton<BotTexts>();
        services.AddSingleton<BotProfile>();
        services.AddSingleton<CommandMenu>();
        services.AddSingleton<SourceCatalog>();
        services.AddSingleton<SourceKeyboard>();
        services.AddSingleton<PeopleCatalog>();
        services.AddSingleton<PersonKeyboard>();
        services.AddSingleton<ButtonMessageEditor>();
        services.AddSingleton<SubscriptionToggle>();
        services.AddSingleton<FollowToggle>();
        services.AddSingleton<FollowButtons>();
        services.AddSingleton<FormatKeyboard>();
        services.AddSingleton<NewestButton>();
        services.AddSingleton<ICallbackAction, FormatButtonAction>();
        services.AddSingleton<ICallbackAction, NewestButtonAction>();
        services.AddSingleton<ChatReplies>();
        services.AddSingleton<GroupPermissions>();
        services.AddSingleton<SourceArgument>();
        services.AddSingleton<MessageHandler>();
        services.AddSingleton<CallbackHandler>();
        services.AddSingleton<MembershipHandler>();
        services.AddSingleton<IBotCommand, StartCommand>();
        services.AddSingleton<IBotCommand, SourcesCommand>();
        services.AddSingleton<IBotCommand>(sp => ActivatorUtilities.CreateInstance<SubscriptionCommand>(sp, true));
        services.AddSingleton<IBotCommand>(sp => ActivatorUtilities.CreateInstance<SubscriptionCommand>(sp, false));
        services.AddSingleton<IBotCommand>(sp => ActivatorUtilities.CreateInstance<FollowCommand>(sp, true));
        services.AddSingleton<IBotCommand>(sp => ActivatorUtilities.CreateInstance<FollowCommand>(sp, false));
        services.AddSingleton<IBotCommand, ListCommand>();
        services.AddSingleton<IBotCommand, LatestCommand>();
        services.AddSingleton<IBotCommand, FilterCommand>();
        services.AddSingleton<IBotCommand, PauseCommand>();
        services.AddSingleton<IBotCommand, ResumeCommand>();
        services.AddSingleton<IBotCommand, FormatCommand>();
        services.AddSingleton<IBotCommand, StopCommand>();
        services.AddSingleton<IBotCommand, HelpCommand>();
        services.AddSingleton<IBotCommand, StatsCommand>();
    }

    /// <summary>Options and the Bot API client alone (the part delivery and the tests need).</summary>
    internal static IHostApplicationBuilder AddFeedBotTelegramClient(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();

        // Telegram.Bot's client over a factory HttpClient. The token is in the request path: the default HttpClient
        // loggers (which print the URL) are removed. Timeouts are set here: the client's own Timeout setter throws
        // once a request was sent.
        services.AddHttpClient<ITelegramBotClient, FeedBotClient>((sp, http) =>
                http.Timeout = sp.GetRequiredService<IOptions<TelegramOptions>>().Value.HttpTimeout)
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                ConnectTimeout = TimeSpan.FromSeconds(15),
                PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            });

        return builder;
    }
}

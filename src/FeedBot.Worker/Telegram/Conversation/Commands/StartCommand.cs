using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/start: the welcome with subscribe/unsubscribe buttons; /start &lt;sourceId&gt; (a t.me deep link) subscribes first.</summary>
internal sealed class StartCommand(ITelegramChatStore store, SubscriptionToggle toggle, SourceCatalog catalog, SourceKeyboard keyboard, BotTexts texts, ChatReplies replies) : IBotCommand
{
    public string Name => "start";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var html = texts.Html(language, TextKey.Welcome);
        if (context.Command.Args.Count > 0)
        {
            var source = catalog.Find(context.Command.Args[0]);
            html += "\n\n" + (source is null
                ? texts.Html(language, TextKey.UnknownSource, context.Command.Args[0])
                : texts.Html(language, await toggle.SetAsync(context.Target, source.Id, true, cancellationToken), source.Title));
        }

        var subscriptions = await store.GetSubscriptionsAsync(context.Target, cancellationToken);
        await replies.SendAsync(context.Target, html, keyboard.Build(subscriptions, language), cancellationToken);
    }
}

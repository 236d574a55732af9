using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/list: this chat's (or forum topic's) subscriptions with their filters, and whether it is paused.</summary>
internal sealed class ListCommand(ITelegramChatStore store, SourceCatalog catalog, BotTexts texts, ChatReplies replies) : IBotCommand
{
    public string Name => "list";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var subscriptions = await store.GetSubscriptionsAsync(context.Target, cancellationToken);
        if (subscriptions.Count == 0)
        {
            await replies.SendAsync(context, TextKey.ListEmpty, cancellationToken);
            return;
        }

        var lines = subscriptions.Select(s => s.Filter is null
            ? texts.Html(language, TextKey.ListLine, catalog.TitleOf(s.SourceId), s.SourceId)
            : texts.Html(language, TextKey.ListLineFiltered, catalog.TitleOf(s.SourceId), s.SourceId, s.Filter));
        var footer = await store.IsPausedAsync(context.Target, cancellationToken) ? [texts.Html(language, TextKey.ListPaused)] : Array.Empty<string>();
        await replies.SendAsync(context, string.Join('\n', [texts.Html(language, TextKey.ListHeader), .. lines, .. footer]), cancellationToken);
    }
}

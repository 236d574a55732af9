namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/sources: every source with its id.</summary>
internal sealed class SourcesCommand(SourceCatalog catalog, BotTexts texts, ChatReplies replies) : IBotCommand
{
    public string Name => "sources";

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        if (catalog.All.Count == 0)
        {
            return replies.SendAsync(context, TextKey.NoSources, cancellationToken);
        }

        var lines = catalog.All.Select(s => texts.Html(language, TextKey.SourceLine, s.Title, s.Id));
        return replies.SendAsync(context, string.Join('\n', [texts.Html(language, TextKey.SourcesHeader), .. lines]), cancellationToken);
    }
}

using FeedBot.Feeds.Sources;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>Reads the source id argument, answering with the problem and the usage when it is missing or unknown.</summary>
internal sealed class SourceArgument(SourceCatalog catalog, BotTexts texts, ChatReplies replies)
{
    public async Task<SourceOptions?> ReadAsync(CommandContext context, TextKey usage, CancellationToken cancellationToken)
    {
        var id = context.Command.Args.FirstOrDefault();
        var source = catalog.Find(id);
        if (source is null)
        {
            var problem = id is null
                ? texts.Html(context.Language, TextKey.MissingSource)
                : texts.Html(context.Language, TextKey.UnknownSource, id);
            await replies.UsageAsync(context, problem, usage, catalog.ExampleId, cancellationToken);
        }

        return source;
    }
}

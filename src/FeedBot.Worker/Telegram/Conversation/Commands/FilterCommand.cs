using FeedBot.Feeds.Text;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/filter &lt;sourceId&gt; &lt;words&gt; (KeywordFilter syntax: all words, -word excludes) or /filter &lt;sourceId&gt; off.</summary>
internal sealed class FilterCommand(ITelegramChatStore store, SourceArgument argument, SourceCatalog catalog, BotTexts texts, ChatReplies replies) : IBotCommand
{
    public string Name => "filter";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await argument.ReadAsync(context, TextKey.UsageFilter, cancellationToken) is not { } source)
        {
            return;
        }

        var words = string.Join(' ', context.Command.Args.Skip(1));
        var filter = KeywordFilter.Parse(words);
        var off = words.Equals("off", StringComparison.OrdinalIgnoreCase);
        if (!off && filter.IsEmpty)
        {
            await replies.UsageAsync(context, texts.Html(context.Language, TextKey.MissingFilterWords), TextKey.UsageFilter, catalog.ExampleId, cancellationToken);
            return;
        }

        if (!await store.SetFilterAsync(context.Target, source.Id, off ? null : filter.Text, cancellationToken))
        {
            await replies.SendAsync(context, TextKey.NotSubscribed, cancellationToken, source.Title);
            return;
        }

        await (off
            ? replies.SendAsync(context, TextKey.FilterOff, cancellationToken, source.Title)
            : replies.SendAsync(context, TextKey.FilterSet, cancellationToken, source.Title, filter.Text));
    }
}

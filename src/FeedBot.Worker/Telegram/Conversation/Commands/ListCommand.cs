using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/list: this chat's (or forum topic's) subscriptions with their filters, the people it follows, and whether it is paused.</summary>
internal sealed class ListCommand(
    ITelegramChatStore store, ITelegramFollowStore follows, SourceCatalog catalog, PeopleCatalog people, BotTexts texts, ChatReplies replies) : IBotCommand
{
    public string Name => "list";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var subscriptions = await store.GetSubscriptionsAsync(context.Target, cancellationToken);
        var followed = await follows.GetFollowsAsync(context.Target, cancellationToken);
        if (subscriptions.Count == 0 && followed.Count == 0)
        {
            await replies.SendAsync(context, TextKey.ListEmpty, cancellationToken);
            return;
        }

        var lines = new List<string>();
        if (subscriptions.Count > 0)
        {
            lines.Add(texts.Html(language, TextKey.ListHeader));
            lines.AddRange(subscriptions.Select(s => s.Filter is null
                ? texts.Html(language, TextKey.ListLine, catalog.TitleOf(s.SourceId), s.SourceId)
                : texts.Html(language, TextKey.ListLineFiltered, catalog.TitleOf(s.SourceId), s.SourceId, s.Filter)));
        }

        if (followed.Count > 0)
        {
            lines.Add(texts.Html(language, TextKey.ListFollowsHeader));
            lines.AddRange(FollowLines(followed, language));
        }

        if (await store.IsPausedAsync(context.Target, cancellationToken))
        {
            lines.Add(texts.Html(language, TextKey.ListPaused));
        }

        await replies.SendAsync(context, string.Join('\n', lines), cancellationToken);
    }

    /// <summary>The followed people in configuration order (one no longer configured last, by its id).</summary>
    private IEnumerable<string> FollowLines(IReadOnlyList<string> followed, string language) =>
        followed.OrderBy(Position).ThenBy(id => id, StringComparer.Ordinal)
            .Select(id => texts.Html(language, TextKey.ListFollowLine, people.NameOf(id), people.Find(id)?.Role ?? "", id));

    private int Position(string personId)
    {
        var index = people.All.Select(p => p.Id).ToList().IndexOf(personId);
        return index < 0 ? int.MaxValue : index;
    }
}

using System.Globalization;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Text;
using FeedBot.Worker.Telegram.Formatting;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/latest [n] [sourceId]: the n newest items (default 5, at most 20) of one source, or of the chat's
/// subscriptions (all sources when it has none), as one message in Vietnam time.</summary>
internal sealed class LatestCommand(IItemStore items, ITelegramChatStore store, SourceCatalog catalog, BotTexts texts, ChatReplies replies) : IBotCommand
{
    public const int DefaultCount = 5;
    public const int MaxCount = 20;
    private const int TitleLimit = 150;
    private const int VisibleBudget = 3900;

    public string Name => "latest";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var (count, sourceId, problem) = ReadArguments(context.Command.Args, language);
        if (problem is not null)
        {
            await replies.UsageAsync(context, problem, TextKey.UsageLatest, catalog.ExampleId, cancellationToken);
            return;
        }

        var latest = await LoadAsync(context.Target, sourceId, count, cancellationToken);
        await replies.SendAsync(context, latest.Count == 0 ? texts.Html(language, TextKey.LatestEmpty) : Render(latest, language), cancellationToken);
    }

    /// <summary>A number (1-20) and a source id, in either order; the problem's text when one is wrong.</summary>
    private (int Count, string? SourceId, string? Problem) ReadArguments(IReadOnlyList<string> args, string language)
    {
        var count = DefaultCount;
        string? sourceId = null;
        foreach (var arg in args)
        {
            if (arg.All(char.IsAsciiDigit) || arg.StartsWith('-'))
            {
                if (!int.TryParse(arg, NumberStyles.Integer, CultureInfo.InvariantCulture, out count) || count is < 1 or > MaxCount)
                {
                    return (0, null, texts.Html(language, TextKey.BadCount, arg));
                }

                continue;
            }

            if (catalog.Find(arg) is not { } source)
            {
                return (0, null, texts.Html(language, TextKey.UnknownSource, arg));
            }

            sourceId = source.Id;
        }

        return (count, sourceId, null);
    }

    private async Task<IReadOnlyList<FeedItem>> LoadAsync(ChatTarget target, string? sourceId, int count, CancellationToken cancellationToken)
    {
        var sources = sourceId is not null ? [sourceId] : (await store.GetSubscriptionsAsync(target, cancellationToken)).Select(s => s.SourceId).ToList();
        if (sources.Count == 0)
        {
            sources = [.. catalog.All.Select(s => s.Id)];
        }

        var all = new List<FeedItem>();
        foreach (var id in sources)
        {
            all.AddRange(await items.GetLatestAsync(id, count, cancellationToken));
        }

        return [.. all.OrderByDescending(i => i.PublishedUtc).ThenByDescending(i => i.Id).Take(count)];
    }

    private string Render(IReadOnlyList<FeedItem> latest, string language)
    {
        var lines = new List<string>();
        var visible = 0;
        foreach (var item in latest.TakeWhile(_ => visible < VisibleBudget))
        {
            var title = TelegramHtml.Cut(PlainText.Clean(item.Title), TitleLimit);
            var source = catalog.TitleOf(item.SourceId);
            var time = VietnamTime.Format(item.PublishedUtc, language);
            lines.Add(texts.Html(language, TextKey.LatestLine, lines.Count + 1, item.Link, title, source, time));
            visible += TelegramHtml.CodePoints(title) + TelegramHtml.CodePoints(source) + time.Length + 12;
        }

        return string.Join('\n', [texts.Html(language, TextKey.LatestHeader, lines.Count), .. lines]);
    }
}

using System.Globalization;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Text;
using FeedBot.Worker.Telegram.Formatting;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/latest [n] [sourceId]: the n newest items (default 5, at most 20) of one source, or of the chat's
/// subscriptions (all sources when it has none), as one message in Vietnam time.</summary>
internal sealed class LatestCommand(IItemStore items, TelegramChatStore store, SourceCatalog catalog, BotTexts texts, ChatReplies replies) : IBotCommand
{
    public const int DefaultCount = 5;
    public const int MaxCount = 20;
    private const int TitleLimit = 150;
    private const int VisibleBudget = 3900;

    public string Name => "latest";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var count = DefaultCount;
        string? sourceId = null;
        foreach (var arg in context.Command.Args)
        {
            if (int.TryParse(arg, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) || arg.All(char.IsAsciiDigit) || arg.StartsWith('-'))
            {
                if (n is < 1 or > MaxCount)
                {
                    await replies.UsageAsync(context, texts.Html(language, TextKey.BadCount, arg), TextKey.UsageLatest, catalog.ExampleId, cancellationToken);
                    return;
                }

                count = n;
            }
            else if (catalog.Find(arg) is { } source)
            {
                sourceId = source.Id;
            }
            else
            {
                await replies.UsageAsync(context, texts.Html(language, TextKey.UnknownSource, arg), TextKey.UsageLatest, catalog.ExampleId, cancellationToken);
                return;
            }
        }

        var latest = await LoadAsync(context.ChatId, sourceId, count, cancellationToken);
        await replies.SendAsync(context, latest.Count == 0 ? texts.Html(language, TextKey.LatestEmpty) : Render(latest, language), cancellationToken);
    }

    private async Task<IReadOnlyList<FeedItem>> LoadAsync(long chatId, string? sourceId, int count, CancellationToken cancellationToken)
    {
        var sources = sourceId is not null ? [sourceId] : (await store.GetSubscriptionsAsync(chatId, cancellationToken)).Select(s => s.SourceId).ToList();
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
        var lines = new List<string> { texts.Html(language, TextKey.LatestHeader, latest.Count) };
        var visible = 0;
        for (var i = 0; i < latest.Count && visible < VisibleBudget; i++)
        {
            var item = latest[i];
            var title = TelegramHtml.Cut(PlainText.Clean(item.Title), TitleLimit);
            var source = catalog.TitleOf(item.SourceId);
            var time = VietnamTime.Format(item.PublishedUtc, language);
            lines.Add(texts.Html(language, TextKey.LatestLine, i + 1, item.Link, title, source, time));
            visible += TelegramHtml.CodePoints(title) + TelegramHtml.CodePoints(source) + time.Length + 12;
        }

        return string.Join('\n', lines);
    }
}

using FeedBot.Feeds.Text;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Formatting;
using FeedBot.Worker.Telegram.Storage;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/stats for <c>FeedBot:Telegram:AdminChatIds</c>: chats, subscriptions per source, items and each source's
/// last poll; every registered <see cref="IStatsContributor"/> (delivery: pending deliveries) adds its lines.</summary>
internal sealed class StatsCommand(
    ITelegramStateStore state, IItemStore items, SourceCatalog catalog, IEnumerable<IStatsContributor> contributors,
    IOptions<TelegramOptions> options, BotTexts texts, ChatReplies replies) : IBotCommand
{
    public string Name => "stats";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var admins = options.Value.AdminChatIds;
        if (!admins.Contains(context.SenderId) && !admins.Contains(context.ChatId))
        {
            await replies.SendAsync(context, TextKey.AdminsOnly, cancellationToken);
            return;
        }

        var stats = await state.GetStatsAsync(cancellationToken);
        var lines = new List<string>
        {
            texts.Html(language, TextKey.StatsHeader),
            texts.Html(language, TextKey.StatsChats, stats.Chats, stats.ActiveChats, stats.PausedChats),
            texts.Html(language, TextKey.StatsSubscriptions),
        };
        lines.AddRange(stats.SubscriptionsPerSource.Select(p => texts.Html(language, TextKey.StatsSubscriptionLine, p.Key, p.Value)));
        var statuses = (await items.GetSourceStatusesAsync(cancellationToken)).ToDictionary(s => s.SourceId);
        var sourceIds = catalog.All.Select(s => s.Id).Union(statuses.Keys);
        lines.AddRange(sourceIds.Select(id => SourceLine(id, statuses.GetValueOrDefault(id), language)));
        foreach (var contributor in contributors)
        {
            lines.AddRange((await contributor.GetLinesAsync(language, cancellationToken)).Select(TelegramHtml.Escape));
        }

        await replies.SendAsync(context, string.Join('\n', lines), cancellationToken);
    }

    private string SourceLine(string sourceId, SourceStatus? status, string language)
    {
        var poll = status?.LastPoll switch
        {
            null => texts.Plain(language, TextKey.StatsNeverPolled),
            { Error: null } p => texts.Plain(language, TextKey.StatsPollOk, VietnamTime.Format(p.FinishedUtc, language)),
            var p => texts.Plain(language, TextKey.StatsPollFailed, VietnamTime.Format(p.FinishedUtc, language), TelegramHtml.Cut(p.Error, 300)),
        };
        return texts.Html(language, TextKey.StatsSourceLine, sourceId, status?.ItemCount ?? 0, poll);
    }
}

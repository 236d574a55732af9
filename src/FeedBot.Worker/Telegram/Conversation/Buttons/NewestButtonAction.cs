using FeedBot.Feeds.Model;
using FeedBot.Feeds.People;
using FeedBot.Feeds.Storage;
using FeedBot.Worker.Telegram.Api;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation.Buttons;

/// <summary>
/// A press on <see cref="NewestButton"/>: the source's (or the person's, across sources) 5 newest items are queued for the chat through
/// delivery's outbox, oldest of them first, and the callback is answered with how many are on their way.
/// </summary>
internal sealed class NewestButtonAction(
    IItemStore items, SourceCatalog catalog, IOptions<PeopleOptions> people, IRequestedItems requested,
    ITelegramBotClient client, BotTexts texts, ILogger<NewestButtonAction> logger) : ICallbackAction
{
    public string Prefix => NewestButton.Prefix;

    public async Task HandleAsync(CallbackQuery query, Message message, string argument, string language, CancellationToken cancellationToken)
    {
        var itemIds = await NewestAsync(argument, cancellationToken);
        var target = message.Target();
        var queued = itemIds.Count == 0 ? 0 : await requested.QueueAsync(target, itemIds, cancellationToken);
        logger.LogInformation("Chat {ChatTarget} asked for the newest of {Target}: {Queued} queued", target, argument, queued);
        var answer = queued > 0 ? texts.Plain(language, TextKey.NewestQueued, queued) : texts.Plain(language, TextKey.NewestNone);
        await client.AnswerCallbackQuery(query.Id, answer, cancellationToken: cancellationToken);
    }

    /// <summary>The item ids, oldest first; none for an unknown source or person.</summary>
    private async Task<IReadOnlyList<long>> NewestAsync(string target, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(target, cancellationToken);
        return [.. latest.OrderBy(i => i.PublishedUtc).ThenBy(i => i.Id).Select(i => i.Id)];
    }

    private async Task<IReadOnlyList<FeedItem>> LatestAsync(string target, CancellationToken cancellationToken)
    {
        if (target.StartsWith(NewestButton.PersonPrefix, StringComparison.Ordinal))
        {
            var person = people.Value.Find(target[NewestButton.PersonPrefix.Length..]);
            return person is null ? [] : await items.GetLatestForPeopleAsync([person.Id], NewestButton.Count, null, cancellationToken);
        }

        var source = catalog.Find(target);
        return source is null ? [] : await items.GetLatestAsync(source.Id, NewestButton.Count, cancellationToken);
    }
}

using FeedBot.Feeds.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation.Buttons;

/// <summary>
/// A press on <see cref="NewestButton"/>: the source's 5 newest items are queued for the chat through
/// delivery's outbox, oldest of them first, and the callback is answered with how many are on their way.
/// </summary>
internal sealed class NewestButtonAction(
    IItemStore items, SourceCatalog catalog, IRequestedItems requested,
    ITelegramBotClient client, BotTexts texts, ILogger<NewestButtonAction> logger) : ICallbackAction
{
    public string Prefix => NewestButton.Prefix;

    public async Task HandleAsync(CallbackQuery query, Message message, string argument, string language, CancellationToken cancellationToken)
    {
        var itemIds = await NewestAsync(argument, cancellationToken);
        var queued = itemIds.Count == 0 ? 0 : await requested.QueueAsync(message.Chat.Id, itemIds, cancellationToken);
        logger.LogInformation("Chat {ChatId} asked for the newest of {Target}: {Queued} queued", message.Chat.Id, argument, queued);
        var answer = queued > 0 ? texts.Plain(language, TextKey.NewestQueued, queued) : texts.Plain(language, TextKey.NewestNone);
        await client.AnswerCallbackQuery(query.Id, answer, cancellationToken: cancellationToken);
    }

    /// <summary>The item ids, oldest first; none for an unknown source.</summary>
    private async Task<IReadOnlyList<long>> NewestAsync(string target, CancellationToken cancellationToken)
    {
        if (catalog.Find(target) is not { } source)
        {
            return [];
        }

        var latest = await items.GetLatestAsync(source.Id, NewestButton.Count, cancellationToken);
        return [.. latest.OrderBy(i => i.PublishedUtc).ThenBy(i => i.Id).Select(i => i.Id)];
    }
}

using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Conversation.Buttons;
using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>A press on a button. Its data is recognised first: a button the bot does not know (an old keyboard, a
/// forged press) is answered and nothing else, without a Bot API call to check who pressed it. In groups only
/// administrators may press the others (one check, here, for every button); then a /start button subscribes or
/// unsubscribes, answers the callback with what happened, and redraws the buttons on the original message; a /follow
/// button goes to <see cref="FollowButtons"/>; other buttons go to their <see cref="ICallbackAction"/>.</summary>
public sealed class CallbackHandler(
    ITelegramChatStore store, SubscriptionToggle toggle, SourceCatalog catalog, SourceKeyboard keyboard, FollowButtons followButtons, IEnumerable<ICallbackAction> actions,
    GroupPermissions permissions, ButtonMessageEditor editor, ITelegramBotClient client, BotTexts texts, ILogger<CallbackHandler> logger)
{
    private delegate Task Press(CallbackQuery query, Message message, string language, CancellationToken cancellationToken);

    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        if (Route(query.Data) is not { } press)
        {
            logger.LogInformation("Ignored unknown button {Data} from {UserId}", query.Data, query.From.Id);
            await client.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken);
            return;
        }

        var language = BotTexts.LanguageOf(query.From);
        if (query.Message is not { } message || !await MayPressAsync(message, query.From.Id, cancellationToken))
        {
            logger.LogInformation("Ignored button {Data} from {UserId}", query.Data, query.From.Id);
            await client.AnswerCallbackQuery(query.Id, query.Message is null ? null : texts.Plain(language, TextKey.GroupAdminsOnly), cancellationToken: cancellationToken);
            return;
        }

        await store.UpsertChatAsync(message.Chat.Seen(language), cancellationToken);
        await press(query, message, language, cancellationToken);
    }

    /// <summary>What the button's data asks for, by its prefix; null when no button of the bot has it.</summary>
    private Press? Route(string? data)
    {
        if (data is null)
        {
            return null;
        }

        if (PersonKeyboard.IsFollowButton(data))
        {
            return followButtons.HandleAsync;
        }

        if (actions.FirstOrDefault(a => data.StartsWith(a.Prefix, StringComparison.Ordinal)) is { } action)
        {
            return (query, message, language, cancellationToken) => action.HandleAsync(query, message, data[action.Prefix.Length..], language, cancellationToken);
        }

        return Parse(data).SourceId is null ? null : ToggleSubscriptionAsync;
    }

    private async Task ToggleSubscriptionAsync(CallbackQuery query, Message message, string language, CancellationToken cancellationToken)
    {
        var (subscribe, sourceId) = Parse(query.Data);
        if (catalog.Find(sourceId) is not { } source)
        {
            logger.LogInformation("Ignored button {Data} from {UserId}", query.Data, query.From.Id);
            await client.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken);
            return;
        }

        var target = message.Target();
        var answer = await toggle.SetAsync(target, source.Id, subscribe, cancellationToken);
        await client.AnswerCallbackQuery(query.Id, texts.Plain(language, answer, source.Title), cancellationToken: cancellationToken);
        var subscriptions = await store.GetSubscriptionsAsync(target, cancellationToken);
        await editor.RedrawAsync(target.ChatId, message.MessageId, texts.Html(language, TextKey.Welcome), keyboard.Build(subscriptions, language), cancellationToken);
    }

    private async Task<bool> MayPressAsync(Message message, long userId, CancellationToken cancellationToken) =>
        !message.Chat.IsGroup() || await permissions.IsAdministratorAsync(message.Chat.Id, userId, cancellationToken);

    private static (bool Subscribe, string? SourceId) Parse(string? data) => data switch
    {
        not null when data.StartsWith(SourceKeyboard.SubscribePrefix, StringComparison.Ordinal) => (true, data[SourceKeyboard.SubscribePrefix.Length..]),
        not null when data.StartsWith(SourceKeyboard.UnsubscribePrefix, StringComparison.Ordinal) => (false, data[SourceKeyboard.UnsubscribePrefix.Length..]),
        _ => (false, null),
    };
}

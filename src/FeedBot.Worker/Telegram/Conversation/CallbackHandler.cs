using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>A press on a /start button: subscribes or unsubscribes, answers the callback with what happened, and
/// redraws the buttons on the original message (editMessageText). A /follow button goes to <see cref="FollowButtons"/>.</summary>
public sealed class CallbackHandler(
    ITelegramChatStore store, SourceCatalog catalog, SourceKeyboard keyboard, FollowButtons followButtons, GroupPermissions permissions,
    ITelegramBotClient client, BotTexts texts, ILogger<CallbackHandler> logger)
{
    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        if (PersonKeyboard.IsFollowButton(query.Data))
        {
            await followButtons.HandleAsync(query, cancellationToken);
            return;
        }

        var language = BotTexts.LanguageOf(query.From);
        var message = query.Message;
        var (subscribe, sourceId) = Parse(query.Data);
        var source = catalog.Find(sourceId);
        if (message is null || source is null || (message.Chat.IsGroup() && !await permissions.IsAdministratorAsync(message.Chat.Id, query.From.Id, cancellationToken)))
        {
            logger.LogInformation("Ignored button {Data} from {UserId}", query.Data, query.From.Id);
            await client.AnswerCallbackQuery(query.Id, source is null ? null : texts.Plain(language, TextKey.GroupAdminsOnly), cancellationToken: cancellationToken);
            return;
        }

        var chat = message.Chat;
        var target = message.Target();
        await store.UpsertChatAsync(new ChatSeen(chat.Id, chat.Type.ApiName(), chat.Title, chat.Username, language), cancellationToken);
        var changed = subscribe
            ? await store.SubscribeAsync(target, source.Id, cancellationToken)
            : await store.UnsubscribeAsync(target, source.Id, cancellationToken);
        var answer = (subscribe, changed) switch
        {
            (true, true) => TextKey.Subscribed,
            (true, false) => TextKey.AlreadySubscribed,
            (false, true) => TextKey.Unsubscribed,
            _ => TextKey.NotSubscribed,
        };
        await client.AnswerCallbackQuery(query.Id, texts.Plain(language, answer, source.Title), cancellationToken: cancellationToken);
        await RedrawAsync(target, message.MessageId, language, cancellationToken);
    }

    private async Task RedrawAsync(ChatTarget target, int messageId, string language, CancellationToken cancellationToken)
    {
        var subscriptions = await store.GetSubscriptionsAsync(target, cancellationToken);
        var chatId = target.ChatId;
        try
        {
            await client.EditMessageText(
                chatId, messageId, texts.Html(language, TextKey.Welcome), ParseMode.Html, keyboard.Build(subscriptions, language), cancellationToken: cancellationToken);
        }
        catch (TelegramApiException ex) when (ex.Kind == TelegramErrorKind.BadRequest && ex.Description.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogDebug("Buttons of message {MessageId} in chat {ChatId} were already up to date", messageId, chatId);
        }
    }

    private static (bool Subscribe, string? SourceId) Parse(string? data) => data switch
    {
        not null when data.StartsWith(SourceKeyboard.SubscribePrefix, StringComparison.Ordinal) => (true, data[SourceKeyboard.SubscribePrefix.Length..]),
        not null when data.StartsWith(SourceKeyboard.UnsubscribePrefix, StringComparison.Ordinal) => (false, data[SourceKeyboard.UnsubscribePrefix.Length..]),
        _ => (false, null),
    };
}

using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>
/// A press on a /follow button: follows or unfollows the person for the chat (or the forum topic the buttons are in),
/// answers the callback with what happened and redraws the buttons on the message (editMessageText) to show the state.
/// </summary>
public sealed class FollowButtons(
    ITelegramFollowStore follows, ITelegramChatStore chats, PeopleCatalog people, PersonKeyboard keyboard, GroupPermissions permissions,
    ITelegramBotClient client, BotTexts texts, ILogger<FollowButtons> logger)
{
    public async Task HandleAsync(CallbackQuery query, CancellationToken cancellationToken)
    {
        var language = BotTexts.LanguageOf(query.From);
        var message = query.Message;
        var (follow, personId) = PersonKeyboard.Parse(query.Data ?? "");
        var person = people.Find(personId);
        if (message is null || person is null || (message.Chat.IsGroup() && !await permissions.IsAdministratorAsync(message.Chat.Id, query.From.Id, cancellationToken)))
        {
            logger.LogInformation("Ignored button {Data} from {UserId}", query.Data, query.From.Id);
            await client.AnswerCallbackQuery(query.Id, person is null ? null : texts.Plain(language, TextKey.GroupAdminsOnly), cancellationToken: cancellationToken);
            return;
        }

        var chat = message.Chat;
        var target = message.Target();
        await chats.UpsertChatAsync(new ChatSeen(chat.Id, chat.Type.ApiName(), chat.Title, chat.Username, language), cancellationToken);
        var changed = follow
            ? await follows.FollowAsync(target, person.Id, cancellationToken)
            : await follows.UnfollowAsync(target, person.Id, cancellationToken);
        var answer = (follow, changed) switch
        {
            (true, true) => TextKey.Followed,
            (true, false) => TextKey.AlreadyFollowing,
            (false, true) => TextKey.Unfollowed,
            _ => TextKey.NotFollowing,
        };
        await client.AnswerCallbackQuery(query.Id, texts.Plain(language, answer, person.Name), cancellationToken: cancellationToken);
        await RedrawAsync(target, message.MessageId, language, cancellationToken);
    }

    private async Task RedrawAsync(ChatTarget target, int messageId, string language, CancellationToken cancellationToken)
    {
        var followed = await follows.GetFollowsAsync(target, cancellationToken);
        try
        {
            await client.EditMessageText(
                target.ChatId, messageId, texts.Html(language, TextKey.FollowIntro), ParseMode.Html, keyboard.Build(followed, language), cancellationToken: cancellationToken);
        }
        catch (TelegramApiException ex) when (ex.Kind == TelegramErrorKind.BadRequest && ex.Description.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogDebug("Buttons of message {MessageId} in chat {ChatId} were already up to date", messageId, target.ChatId);
        }
    }
}

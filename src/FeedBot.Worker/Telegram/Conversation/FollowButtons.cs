using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Conversation.Buttons;
using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>
/// A press on a /follow button (after <see cref="CallbackHandler"/>'s administrator check): follows or unfollows the
/// person for the chat (or the forum topic the buttons are in), answers the callback with what happened and redraws the
/// buttons on the message to show the state.
/// </summary>
public sealed class FollowButtons(
    ITelegramFollowStore follows, FollowToggle toggle, PeopleCatalog people, PersonKeyboard keyboard, ButtonMessageEditor editor,
    ITelegramBotClient client, BotTexts texts, ILogger<FollowButtons> logger)
{
    public async Task HandleAsync(CallbackQuery query, Message message, string language, CancellationToken cancellationToken)
    {
        var (follow, personId) = PersonKeyboard.Parse(query.Data ?? "");
        if (people.Find(personId) is not { } person)
        {
            logger.LogInformation("Ignored button {Data} from {UserId}", query.Data, query.From.Id);
            await client.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken);
            return;
        }

        var target = message.Target();
        var answer = await toggle.SetAsync(target, person.Id, follow, cancellationToken);
        await client.AnswerCallbackQuery(query.Id, texts.Plain(language, answer, person.Name), cancellationToken: cancellationToken);
        var followed = await follows.GetFollowsAsync(target, cancellationToken);
        await editor.RedrawAsync(target.ChatId, message.MessageId, texts.Html(language, TextKey.FollowIntro), keyboard.Build(followed, language), cancellationToken);
    }
}

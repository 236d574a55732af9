using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Formatting;
using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FeedBot.Worker.Telegram.Conversation.Buttons;

/// <summary>A press on a /format button: stores the choice, answers the callback with it, and ticks the chosen button.</summary>
internal sealed class FormatButtonAction(
    ITelegramChatStore store, FormatKeyboard keyboard, ITelegramBotClient client, BotTexts texts, ILogger<FormatButtonAction> logger) : ICallbackAction
{
    public string Prefix => FormatKeyboard.Prefix;

    public async Task HandleAsync(CallbackQuery query, Message message, string argument, string language, CancellationToken cancellationToken)
    {
        if (!MessageFormats.TryParse(argument, out var format))
        {
            await client.AnswerCallbackQuery(query.Id, cancellationToken: cancellationToken);
            return;
        }

        var chatId = message.Chat.Id;
        await store.SetFormatAsync(chatId, format, cancellationToken);
        logger.LogInformation("Chat {ChatId} chose the {Format} format", chatId, MessageFormats.NameOf(format));
        await client.AnswerCallbackQuery(query.Id, texts.Plain(language, TextKey.FormatSet, keyboard.NameOf(format, language)), cancellationToken: cancellationToken);
        try
        {
            await client.EditMessageText(
                chatId, message.MessageId, keyboard.Text(format, language), ParseMode.Html, replyMarkup: keyboard.Build(format, language), cancellationToken: cancellationToken);
        }
        catch (TelegramApiException ex) when (ex.Kind == TelegramErrorKind.BadRequest && ex.Description.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogDebug("The /format message {MessageId} in chat {ChatId} already showed {Format}", message.MessageId, chatId, format);
        }
    }
}

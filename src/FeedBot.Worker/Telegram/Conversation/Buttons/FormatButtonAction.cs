using FeedBot.Worker.Telegram.Formatting;
using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation.Buttons;

/// <summary>A press on a /format button: stores the choice, answers the callback with it, and ticks the chosen button.</summary>
internal sealed class FormatButtonAction(
    ITelegramChatStore store, FormatKeyboard keyboard, ButtonMessageEditor editor, ITelegramBotClient client, BotTexts texts, ILogger<FormatButtonAction> logger) : ICallbackAction
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
        await editor.RedrawAsync(chatId, message.MessageId, keyboard.Text(format, language), keyboard.Build(format, language), cancellationToken);
    }
}

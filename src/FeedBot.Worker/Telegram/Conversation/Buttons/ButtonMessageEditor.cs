using FeedBot.Worker.Telegram.Api;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace FeedBot.Worker.Telegram.Conversation.Buttons;

/// <summary>
/// Redraws the message a pressed button belongs to (editMessageText with the new text and buttons). The one place that
/// treats Telegram's "message is not modified" (a second press that changed nothing) as done rather than an error.
/// </summary>
public sealed class ButtonMessageEditor(ITelegramBotClient client, ILogger<ButtonMessageEditor> logger)
{
    public async Task RedrawAsync(long chatId, int messageId, string html, InlineKeyboardMarkup keyboard, CancellationToken cancellationToken)
    {
        try
        {
            await client.EditMessageText(chatId, messageId, html, ParseMode.Html, replyMarkup: keyboard, cancellationToken: cancellationToken);
        }
        catch (TelegramApiException ex) when (ex.Kind == TelegramErrorKind.BadRequest && ex.Description.Contains("not modified", StringComparison.OrdinalIgnoreCase))
        {
            logger.LogDebug("Message {MessageId} in chat {ChatId} already showed its buttons' state", messageId, chatId);
        }
    }
}

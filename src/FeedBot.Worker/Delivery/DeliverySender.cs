using FeedBot.Worker.Telegram.Conversation;
using FeedBot.Worker.Telegram.Formatting;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Sends one outbox row: an item through the shared formatter in the chat's format (a photo with a caption when the
/// formatter gives one (an image, <c>SendPhotos</c> on, short format); a full-format text previews the image instead;
/// plain text when Telegram refused the HTML once), or a notice as plain text.
/// </summary>
public sealed class DeliverySender(
    ITelegramBotClient client,
    ItemMessageFormatter formatter,
    SourceCatalog sources)
{
    /// <returns>The message id Telegram assigned.</returns>
    public async Task<long> SendAsync(DeliveryWork work, CancellationToken cancellationToken)
    {
        if (work.IsNotice)
        {
            return await SendTextAsync(work.ChatId, work.NoticeText ?? "", ParseMode.None, cancellationToken);
        }

        var item = work.ToItem();
        var message = formatter.Format(item, sources.TitleOf(item.SourceId), work.Language, work.MessageFormat, item.PersonIds);
        if (work.PlainText)
        {
            return await SendTextAsync(work.ChatId, message.PlainText, ParseMode.None, cancellationToken);
        }

        if (message.PhotoUrl is not null)
        {
            var photo = await client.SendPhoto(work.ChatId, InputFile.FromUri(message.PhotoUrl), message.Html, ParseMode.Html, cancellationToken: cancellationToken);
            return photo.MessageId;
        }

        return await SendTextAsync(work.ChatId, message.Html, ParseMode.Html, cancellationToken, Preview(message));
    }

    private async Task<long> SendTextAsync(
        long chatId, string text, ParseMode parseMode, CancellationToken cancellationToken, LinkPreviewOptions? preview = null) =>
        (await client.SendMessage(chatId, text, parseMode, linkPreviewOptions: preview, cancellationToken: cancellationToken)).MessageId;

    /// <summary>A full-format item's image as the large preview above the text; otherwise Telegram's default preview.</summary>
    private static LinkPreviewOptions? Preview(FormattedMessage message) => message.PreviewUrl is null
        ? null
        : new LinkPreviewOptions { Url = message.PreviewUrl, PreferLargeMedia = true, ShowAboveText = true };
}

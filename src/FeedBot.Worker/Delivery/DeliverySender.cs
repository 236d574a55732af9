using FeedBot.Worker.Telegram.Conversation;
using FeedBot.Worker.Telegram.Formatting;
using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Sends one outbox row: an item through the shared formatter in the chat's format (a photo with a caption when the
/// formatter gives one (an image, <c>SendPhotos</c> on, short format); a full-format text previews the image instead;
/// plain text when Telegram refused the HTML once), or a notice as plain text; into its forum topic
/// (<c>message_thread_id</c>) when the row has one.
/// </summary>
public sealed class DeliverySender(
    ITelegramBotClient client,
    ItemMessageFormatter formatter,
    SourceCatalog sources)
{
    /// <param name="personIds">The item's tags (none for a notice).</param>
    /// <returns>The message id Telegram assigned.</returns>
    public async Task<long> SendAsync(DeliveryWork work, IReadOnlyList<string> personIds, CancellationToken cancellationToken)
    {
        var target = work.Target;
        if (work.IsNotice)
        {
            return await SendTextAsync(target, work.NoticeText ?? "", ParseMode.None, cancellationToken);
        }

        var item = work.ToItem(personIds);
        var message = formatter.Format(item, sources.TitleOf(item.SourceId), work.Language, work.MessageFormat);
        if (work.PlainText)
        {
            return await SendTextAsync(target, message.PlainText, ParseMode.None, cancellationToken);
        }

        if (message.PhotoUrl is not null)
        {
            var photo = await client.SendPhoto(
                target.ChatId, InputFile.FromUri(message.PhotoUrl), message.Html, ParseMode.Html,
                messageThreadId: target.MessageThreadId, cancellationToken: cancellationToken);
            return photo.MessageId;
        }

        return await SendTextAsync(target, message.Html, ParseMode.Html, cancellationToken, Preview(message));
    }

    private async Task<long> SendTextAsync(
        ChatTarget target, string text, ParseMode parseMode, CancellationToken cancellationToken, LinkPreviewOptions? preview = null) =>
        (await client.SendMessage(
            target.ChatId, text, parseMode, messageThreadId: target.MessageThreadId, linkPreviewOptions: preview, cancellationToken: cancellationToken)).MessageId;

    /// <summary>A full-format item's image as the large preview above the text; otherwise Telegram's default preview.</summary>
    private static LinkPreviewOptions? Preview(FormattedMessage message) => message.PreviewUrl is null
        ? null
        : new LinkPreviewOptions { Url = message.PreviewUrl, PreferLargeMedia = true, ShowAboveText = true };
}

using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Conversation;
using FeedBot.Worker.Telegram.Formatting;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Sends one outbox row: an item through the shared formatter (a photo with a caption when the formatter gives one (an
/// image and <c>SendPhotos</c> on); plain text when Telegram refused the HTML once), or a notice as plain text.
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
            return await SendTextAsync(new SendMessageRequest(work.ChatId, work.NoticeText ?? "") { ParseMode = null }, cancellationToken);
        }

        var item = work.ToItem();
        var message = formatter.Format(item, sources.TitleOf(item.SourceId), work.Language);
        if (work.PlainText)
        {
            return await SendTextAsync(new SendMessageRequest(work.ChatId, message.PlainText) { ParseMode = null }, cancellationToken);
        }

        if (message.PhotoUrl is not null)
        {
            var photo = await client.SendPhotoAsync(new SendPhotoRequest(work.ChatId, message.PhotoUrl, message.Html), cancellationToken);
            return photo.MessageId;
        }

        return await SendTextAsync(new SendMessageRequest(work.ChatId, message.Html), cancellationToken);
    }

    private async Task<long> SendTextAsync(SendMessageRequest request, CancellationToken cancellationToken) =>
        (await client.SendMessageAsync(request, cancellationToken)).MessageId;
}

namespace FeedBot.Worker.Telegram.Api;

/// <summary>The Bot API methods FeedBot uses. Every failure is a <see cref="TelegramApiException"/>.</summary>
public interface ITelegramBotClient
{
    Task<User> GetMeAsync(CancellationToken cancellationToken);

    /// <summary>Long polls; each element is read on its own (see <see cref="ReceivedUpdate"/>).</summary>
    Task<IReadOnlyList<ReceivedUpdate>> GetUpdatesAsync(long? offset, int timeoutSeconds, IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken);

    Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken);

    Task<Message> SendPhotoAsync(SendPhotoRequest request, CancellationToken cancellationToken);

    Task AnswerCallbackQueryAsync(string callbackQueryId, string? text, CancellationToken cancellationToken);

    Task EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken);

    /// <param name="languageCode">null for the default list, else a two-letter code such as "en".</param>
    Task SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, string? languageCode, CancellationToken cancellationToken);

    Task SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken);

    Task DeleteWebhookAsync(bool dropPendingUpdates, CancellationToken cancellationToken);

    Task<WebhookInfo> GetWebhookInfoAsync(CancellationToken cancellationToken);

    /// <param name="chat">A numeric id or an @username (to resolve configured channels).</param>
    Task<Chat> GetChatAsync(string chat, CancellationToken cancellationToken);

    Task<ChatMember> GetChatMemberAsync(long chatId, long userId, CancellationToken cancellationToken);
}

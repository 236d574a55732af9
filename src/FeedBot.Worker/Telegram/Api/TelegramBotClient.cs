using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Telegram.Api;

/// <summary>
/// The Bot API over a typed <see cref="HttpClient"/> (base address <c>FeedBot:Telegram:ApiBaseUrl</c>). The token sits
/// only in the request path; the client's HTTP logging is removed at registration so the URL is never logged, and
/// failures are reported as <see cref="TelegramApiException"/>s that carry neither the URL nor the inner exception.
/// </summary>
public sealed class TelegramBotClient(HttpClient http, IOptions<TelegramOptions> options) : ITelegramBotClient
{
    private static readonly TelegramJsonContext Json = TelegramJsonContext.Default;

    public async Task<User> GetMeAsync(CancellationToken cancellationToken) =>
        Read(await CallAsync("getMe", new EmptyBody(), Json.EmptyBody, cancellationToken), Json.User);

    public async Task<IReadOnlyList<ReceivedUpdate>> GetUpdatesAsync(
        long? offset, int timeoutSeconds, IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken) =>
        UpdateReader.ReadBatch(await CallAsync("getUpdates", new GetUpdatesBody(offset, timeoutSeconds, allowedUpdates), Json.GetUpdatesBody, cancellationToken));

    public async Task<Message> SendMessageAsync(SendMessageRequest request, CancellationToken cancellationToken) =>
        Read(await CallAsync("sendMessage", request, Json.SendMessageRequest, cancellationToken), Json.Message);

    public async Task<Message> SendPhotoAsync(SendPhotoRequest request, CancellationToken cancellationToken) =>
        Read(await CallAsync("sendPhoto", request, Json.SendPhotoRequest, cancellationToken), Json.Message);

    public Task AnswerCallbackQueryAsync(string callbackQueryId, string? text, CancellationToken cancellationToken) =>
        CallAsync("answerCallbackQuery", new AnswerCallbackQueryBody(callbackQueryId, text), Json.AnswerCallbackQueryBody, cancellationToken);

    public Task EditMessageTextAsync(EditMessageTextRequest request, CancellationToken cancellationToken) =>
        CallAsync("editMessageText", request, Json.EditMessageTextRequest, cancellationToken);

    public Task SetMyCommandsAsync(IReadOnlyList<BotCommand> commands, string? languageCode, CancellationToken cancellationToken) =>
        CallAsync("setMyCommands", new SetMyCommandsBody(commands, languageCode), Json.SetMyCommandsBody, cancellationToken);

    public Task SetWebhookAsync(SetWebhookRequest request, CancellationToken cancellationToken) =>
        CallAsync("setWebhook", request, Json.SetWebhookRequest, cancellationToken);

    public Task DeleteWebhookAsync(bool dropPendingUpdates, CancellationToken cancellationToken) =>
        CallAsync("deleteWebhook", new DeleteWebhookBody(dropPendingUpdates), Json.DeleteWebhookBody, cancellationToken);

    public async Task<WebhookInfo> GetWebhookInfoAsync(CancellationToken cancellationToken) =>
        Read(await CallAsync("getWebhookInfo", new EmptyBody(), Json.EmptyBody, cancellationToken), Json.WebhookInfo);

    public async Task<Chat> GetChatAsync(string chat, CancellationToken cancellationToken) =>
        Read(await CallAsync("getChat", new ChatBody(chat), Json.ChatBody, cancellationToken), Json.Chat);

    public async Task<ChatMember> GetChatMemberAsync(long chatId, long userId, CancellationToken cancellationToken) =>
        Read(await CallAsync("getChatMember", new ChatMemberBody(chatId, userId), Json.ChatMemberBody, cancellationToken), Json.ChatMember);

    private async Task<JsonElement> CallAsync<TBody>(string method, TBody body, JsonTypeInfo<TBody> bodyType, CancellationToken cancellationToken)
    {
        var token = options.Value.BotToken?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            throw new TelegramApiException(method, TelegramErrorKind.Unauthorized, null, $"{TelegramOptions.SectionName}:BotToken is not set");
        }

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"./bot{token}/{method}", UriKind.Relative)) { Content = JsonContent.Create(body, bodyType) };
        try
        {
            using var response = await http.SendAsync(request, cancellationToken);
            var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken);
            return Unwrap(method, (int)response.StatusCode, bytes, token);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException
            || (ex is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            throw TelegramErrors.Network(method, ex, token);
        }
    }

    private static JsonElement Unwrap(string method, int status, byte[] bytes, string token)
    {
        ApiResponse<JsonElement>? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize(bytes, Json.ApiResponseJsonElement);
        }
        catch (JsonException)
        {
            envelope = null;
        }

        if (envelope is null)
        {
            var kind = status >= 400 && status < 500 ? status : 502;
            throw TelegramErrors.FromEnvelope(method, kind, status, $"HTTP {status} with a body that is not the Bot API's JSON envelope", null);
        }

        if (!envelope.Ok)
        {
            var description = envelope.Description is null ? null : TelegramErrors.Redact(envelope.Description, token);
            throw TelegramErrors.FromEnvelope(method, status, envelope.ErrorCode, description, envelope.Parameters);
        }

        return envelope.Result;
    }

    private static T Read<T>(JsonElement result, JsonTypeInfo<T> type)
    {
        try
        {
            return result.Deserialize(type) ?? throw new JsonException("null result");
        }
        catch (JsonException ex)
        {
            throw new TelegramApiException(type.Type.Name, TelegramErrorKind.ServerError, null, $"unexpected result: {ex.Message}");
        }
    }
}

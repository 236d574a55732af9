using System.Text.Json;
using System.Text.Json.Serialization;

namespace FeedBot.Worker.Telegram.Api;

/// <summary>Source-generated (de)serialization of the Bot API's snake_case JSON.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    NumberHandling = JsonNumberHandling.Strict)]
[JsonSerializable(typeof(ApiResponse<JsonElement>))]
[JsonSerializable(typeof(ApiResponse<bool>))]
[JsonSerializable(typeof(Update))]
[JsonSerializable(typeof(User))]
[JsonSerializable(typeof(Chat))]
[JsonSerializable(typeof(Message))]
[JsonSerializable(typeof(ChatMember))]
[JsonSerializable(typeof(WebhookInfo))]
[JsonSerializable(typeof(SendMessageRequest))]
[JsonSerializable(typeof(SendPhotoRequest))]
[JsonSerializable(typeof(EditMessageTextRequest))]
[JsonSerializable(typeof(SetWebhookRequest))]
[JsonSerializable(typeof(GetUpdatesBody))]
[JsonSerializable(typeof(AnswerCallbackQueryBody))]
[JsonSerializable(typeof(SetMyCommandsBody))]
[JsonSerializable(typeof(DeleteWebhookBody))]
[JsonSerializable(typeof(ChatBody))]
[JsonSerializable(typeof(ChatMemberBody))]
[JsonSerializable(typeof(EmptyBody))]
internal sealed partial class TelegramJsonContext : JsonSerializerContext;

namespace FeedBot.Worker.Telegram.Api;

// Bodies of the methods whose parameters the client takes one by one; internal to the client.
internal sealed record GetUpdatesBody(long? Offset, int Timeout, IReadOnlyList<string> AllowedUpdates);

internal sealed record AnswerCallbackQueryBody(string CallbackQueryId, string? Text);

internal sealed record SetMyCommandsBody(IReadOnlyList<BotCommand> Commands, string? LanguageCode);

internal sealed record DeleteWebhookBody(bool DropPendingUpdates);

internal sealed record ChatBody(string ChatId);

internal sealed record ChatMemberBody(long ChatId, long UserId);

internal sealed record EmptyBody;

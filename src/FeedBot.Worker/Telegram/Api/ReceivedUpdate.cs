using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Api;

/// <summary>
/// One element of getUpdates' result (or one webhook body), read on its own so that a malformed or unknown update is
/// reported and skipped without losing the others. <see cref="Update"/> is null when the element could not be read;
/// <see cref="Kind"/> names the update's field (message, callback_query, ..., or "unreadable").
/// </summary>
public sealed record ReceivedUpdate(long? UpdateId, string Kind, Update? Update, string? Error);

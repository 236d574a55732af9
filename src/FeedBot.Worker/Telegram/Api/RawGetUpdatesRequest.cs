using System.Text.Json;
using Telegram.Bot.Requests;

namespace FeedBot.Worker.Telegram.Api;

/// <summary>
/// getUpdates with its result left as raw JSON: Telegram.Bot's own <c>GetUpdatesRequest</c> deserializes the whole
/// array at once, so one malformed element would lose the batch; <see cref="UpdateReader"/> reads each element instead.
/// </summary>
internal sealed class RawGetUpdatesRequest() : RequestBase<JsonElement>("getUpdates")
{
    public long? Offset { get; init; }

    public int Timeout { get; init; }

    public IReadOnlyList<string> AllowedUpdates { get; init; } = [];
}

using System.Text;
using System.Text.Json;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Api;

/// <summary>
/// Reads updates one by one from JSON into Telegram.Bot's <see cref="Update"/> (with <see cref="JsonBotAPI.Options"/>,
/// as for webhook bodies), so that a bad one does not take the batch with it. Nothing here throws: an
/// element that is not an object, has no integer update_id, or does not fit the types, comes back unreadable, with an
/// error that quotes it when it is short (<see cref="MaxQuotedLength"/>) and gives only its length when it is not.
/// </summary>
public static class UpdateReader
{
    /// <summary>The <see cref="ReceivedUpdate.Kind"/> of a webhook body that is not JSON at all.</summary>
    public const string NotJsonKind = "not JSON";

    public const int MaxQuotedLength = 200;

    /// <summary>getUpdates, each element read on its own (see <see cref="ReceivedUpdate"/>).</summary>
    public static async Task<IReadOnlyList<ReceivedUpdate>> GetUpdatesOneByOneAsync(
        this ITelegramBotClient client, long? offset, int timeoutSeconds, IReadOnlyList<string> allowedUpdates, CancellationToken cancellationToken) =>
        ReadBatch(await client.SendRequest(
            new RawGetUpdatesRequest { Offset = offset, Timeout = timeoutSeconds, AllowedUpdates = allowedUpdates }, cancellationToken));

    public static IReadOnlyList<ReceivedUpdate> ReadBatch(JsonElement result) =>
        result.ValueKind == JsonValueKind.Array ? [.. result.EnumerateArray().Select(Read)] : [];

    public static ReceivedUpdate Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return Unreadable(null, "unreadable", $"an update must be a JSON object, not {element.ValueKind}", element);
        }

        var kind = element.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n != "update_id") ?? "empty";
        if (ReadId(element) is not long id)
        {
            return Unreadable(null, kind, "update_id is missing or not a 64-bit integer", element);
        }

        try
        {
            return element.Deserialize<Update>(JsonBotAPI.Options) is { } update
                ? new ReceivedUpdate(id, kind, update, null)
                : Unreadable(id, kind, $"unreadable {kind}", element);
        }
        catch (JsonException ex)
        {
            return Unreadable(id, kind, $"unreadable {kind}: {ex.Message}", element);
        }
    }

    /// <summary>Reads a webhook body; a body that is not JSON gives an update of kind <see cref="NotJsonKind"/>.</summary>
    public static ReceivedUpdate Read(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            return Read(document.RootElement.Clone());
        }
        catch (JsonException ex)
        {
            return new ReceivedUpdate(null, NotJsonKind, null, $"not JSON: {ex.Message}{Quote(Encoding.UTF8.GetString(json))}");
        }
    }

    /// <summary>The update_id when it is a JSON integer that fits a long (the last one, as the deserializer reads it).</summary>
    private static long? ReadId(JsonElement update) =>
        update.TryGetProperty("update_id", out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var id) ? id : null;

    private static ReceivedUpdate Unreadable(long? id, string kind, string error, JsonElement element) =>
        new(id, kind, null, error + Quote(element.GetRawText()));

    private static string Quote(string text) => text.Length <= MaxQuotedLength
        ? $"; the update: {new string([.. text.Select(c => char.IsControl(c) ? ' ' : c)])}"
        : $"; the update ({text.Length} characters) is not shown";
}

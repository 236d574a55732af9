using System.Text.Json;

namespace FeedBot.Worker.Telegram.Api;

/// <summary>Reads updates one by one from JSON, so that a bad one does not take the batch with it.</summary>
public static class UpdateReader
{
    public static IReadOnlyList<ReceivedUpdate> ReadBatch(JsonElement result) =>
        result.ValueKind == JsonValueKind.Array ? [.. result.EnumerateArray().Select(Read)] : [];

    public static ReceivedUpdate Read(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            return new ReceivedUpdate(null, "unreadable", null, $"an update must be a JSON object, not {element.ValueKind}");
        }

        long? id = element.TryGetProperty("update_id", out var idElement) && idElement.TryGetInt64(out var parsed) ? parsed : null;
        var kind = element.EnumerateObject().Select(p => p.Name).FirstOrDefault(n => n != "update_id") ?? "empty";
        try
        {
            var update = element.Deserialize(TelegramJsonContext.Default.Update);
            return id is null ? new ReceivedUpdate(null, kind, null, "update_id is missing") : new ReceivedUpdate(id, kind, update, null);
        }
        catch (JsonException ex)
        {
            return new ReceivedUpdate(id, kind, null, $"unreadable {kind}: {ex.Message}");
        }
    }

    /// <summary>Reads a webhook body; bad JSON gives an unreadable update rather than an exception.</summary>
    public static ReceivedUpdate Read(ReadOnlySpan<byte> json)
    {
        try
        {
            using var document = JsonDocument.Parse(json.ToArray());
            return Read(document.RootElement.Clone());
        }
        catch (JsonException ex)
        {
            return new ReceivedUpdate(null, "unreadable", null, $"not JSON: {ex.Message}");
        }
    }
}

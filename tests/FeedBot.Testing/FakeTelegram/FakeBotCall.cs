using System.Text.Json.Nodes;

namespace FeedBot.Testing.FakeTelegram;

/// <summary>One request the fake Bot API received (also the ones it failed on purpose).</summary>
public sealed record FakeBotCall(string Method, JsonObject Body, DateTimeOffset ReceivedUtc)
{
    public long? ChatId => Body["chat_id"] is JsonValue v && v.TryGetValue<long>(out var id) ? id : null;

    /// <summary>The forum topic sent into (<c>message_thread_id</c>), or null for the chat itself.</summary>
    public int? ThreadId => Body["message_thread_id"] is JsonValue v && v.TryGetValue<int>(out var id) ? id : null;

    /// <summary>The message text, or a photo's caption.</summary>
    public string? Text => (string?)Body["text"] ?? (string?)Body["caption"];

    /// <summary>The parse mode as the Bot API documents it ("HTML", "MarkdownV2"), whatever its case in the request
    /// (Telegram reads it without regard to case; Telegram.Bot sends "Html").</summary>
    public string? ParseMode => (string?)Body["parse_mode"] switch
    {
        null => null,
        { } mode when mode.Equals("HTML", StringComparison.OrdinalIgnoreCase) => "HTML",
        { } mode when mode.Equals("MarkdownV2", StringComparison.OrdinalIgnoreCase) => "MarkdownV2",
        { } mode when mode.Equals("Markdown", StringComparison.OrdinalIgnoreCase) => "Markdown",
        { } mode => mode,
    };

    /// <summary>Every callback_data of the inline keyboard, row by row.</summary>
    public IReadOnlyList<string> ButtonData =>
        Body["reply_markup"]?["inline_keyboard"] is JsonArray rows
            ? [.. rows.OfType<JsonArray>().SelectMany(r => r.OfType<JsonObject>()).Select(b => (string?)b["callback_data"]).OfType<string>()]
            : [];

    public override string ToString() => $"{Method} chat={ChatId}{(ThreadId is { } t ? $"/{t}" : "")} {Text}";
}

using FeedBot.Worker.Telegram.Formatting;

namespace FeedBot.Worker.Telegram.Storage;

/// <summary>Dapper's shape of <c>telegram_chats</c> (Unix milliseconds; flags are 0/1 in SQLite, boolean in PostgreSQL).</summary>
internal sealed class ChatRow
{
    public const string Columns =
        "chat_id AS ChatId, chat_type AS ChatType, title AS Title, username AS Username, language AS Language, is_active AS IsActive, " +
        "is_paused AS IsPaused, inactive_reason AS InactiveReason, created_utc AS CreatedUtc, updated_utc AS UpdatedUtc, format AS Format";

    public long ChatId { get; set; }
    public string ChatType { get; set; } = "";
    public string? Title { get; set; }
    public string? Username { get; set; }
    public string Language { get; set; } = "vi";
    public bool IsActive { get; set; }
    public bool IsPaused { get; set; }
    public string? InactiveReason { get; set; }
    public long CreatedUtc { get; set; }
    public long UpdatedUtc { get; set; }
    public string Format { get; set; } = MessageFormats.ShortName;

    public TelegramChat ToChat() => new(ChatId, ChatType, Title, Username, Language, IsActive, IsPaused, InactiveReason,
        DateTimeOffset.FromUnixTimeMilliseconds(CreatedUtc), DateTimeOffset.FromUnixTimeMilliseconds(UpdatedUtc), MessageFormats.FromStored(Format));
}

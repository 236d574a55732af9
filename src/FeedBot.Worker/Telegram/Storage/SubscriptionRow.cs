namespace FeedBot.Worker.Telegram.Storage;

/// <summary>Dapper's shape of <c>telegram_subscriptions</c>.</summary>
internal sealed class SubscriptionRow
{
    public const string Columns = "chat_id AS ChatId, thread_id AS ThreadId, source_id AS SourceId, filter AS Filter, created_utc AS CreatedUtc";

    public long ChatId { get; set; }
    public long ThreadId { get; set; }
    public string SourceId { get; set; } = "";
    public string? Filter { get; set; }
    public long CreatedUtc { get; set; }

    public TelegramSubscription ToSubscription() =>
        new(ChatId, SourceId, Filter, DateTimeOffset.FromUnixTimeMilliseconds(CreatedUtc), (int)ThreadId);
}

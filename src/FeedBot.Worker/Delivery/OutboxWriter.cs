using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Storage;
using FeedBot.Feeds.Text;

namespace FeedBot.Worker.Delivery;

/// <summary>
/// Writes the outbox inside the transaction that stores new items: one row per active chat subscribed to the source
/// (configured channels are subscribed chats too) whose filter matches; paused chats get held rows. Backfill writes
/// nothing, and edits never reach here, so an edited item is not pushed again.
/// </summary>
internal sealed class OutboxWriter(TimeProvider clock, DeliverySignal signal, ILogger<OutboxWriter> logger) : INewItemListener
{
    public async Task OnItemsCreatedAsync(
        DbConnection connection, DbTransaction transaction, string sourceId, IReadOnlyList<FeedItem> created, bool isBackfill, CancellationToken cancellationToken)
    {
        if (isBackfill || created.Count == 0)
        {
            return;
        }

        var subscribers = (await connection.QueryAsync<(long ChatId, string? Filter, long IsPaused)>(
            """
            SELECT s.chat_id, s.filter, c.is_paused FROM telegram_subscriptions s JOIN telegram_chats c ON c.chat_id = s.chat_id
            WHERE s.source_id = @sourceId AND c.is_active = 1
            """,
            new { sourceId }, transaction)).ToList();
        var now = clock.GetUtcNow().ToUnixTimeMilliseconds();
        var rows = Matches(subscribers, created)
            .Select(m => new { itemId = m.Item.Id, chatId = m.ChatId, status = m.Paused ? "held" : "pending", now })
            .ToList();
        await connection.ExecuteAsync(
            """
            INSERT INTO deliveries (item_id, chat_id, status, next_attempt_utc, created_utc)
            VALUES (@itemId, @chatId, @status, @now, @now) ON CONFLICT (item_id, chat_id) DO NOTHING
            """,
            rows, transaction);
        logger.LogInformation(
            "Outbox: {Rows} deliveries for {Items} new item(s) of {SourceId} to {Chats} subscribed chat(s)",
            rows.Count, created.Count, sourceId, subscribers.Count);
        signal.Notify();
    }

    private static IEnumerable<(FeedItem Item, long ChatId, bool Paused)> Matches(
        IReadOnlyList<(long ChatId, string? Filter, long IsPaused)> subscribers, IReadOnlyList<FeedItem> created)
    {
        foreach (var (chatId, filter, isPaused) in subscribers)
        {
            var keywords = KeywordFilter.Parse(filter);
            foreach (var item in created.Where(i => keywords.IsEmpty || keywords.Matches(i.Title, i.Summary)))
            {
                yield return (item, chatId, isPaused != 0);
            }
        }
    }
}

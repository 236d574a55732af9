using System.Data.Common;
using Dapper;

namespace FeedBot.Worker.Delivery;

/// <summary>Queues a notice row for a chat (creating the chat when the bot has not met it, e.g. an admin) in the chat's language.</summary>
internal static class OutboxNotices
{
    public static async Task EnqueueAsync(DbConnection connection, DbTransaction transaction, long chatId, Func<string, string> textFor, long now)
    {
        var args = new { chatId, now };
        await connection.ExecuteAsync(
            """
            INSERT INTO telegram_chats (chat_id, chat_type, created_utc, updated_utc)
            VALUES (@chatId, CASE WHEN @chatId > 0 THEN 'private' ELSE 'group' END, @now, @now) ON CONFLICT (chat_id) DO NOTHING
            """,
            args, transaction);
        var language = await connection.ExecuteScalarAsync<string>("SELECT language FROM telegram_chats WHERE chat_id = @chatId", args, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO deliveries (item_id, chat_id, notice_text, next_attempt_utc, created_utc) VALUES (NULL, @chatId, @text, @now, @now)",
            new { chatId, now, text = textFor(language ?? "vi") }, transaction);
    }
}

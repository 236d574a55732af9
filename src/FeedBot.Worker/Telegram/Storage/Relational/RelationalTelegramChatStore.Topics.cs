using Dapper;
using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Telegram.Storage.Relational;

/// <summary>
/// The targets part of <see cref="RelationalTelegramChatStore"/>: thread 0 is the chat itself (its pause is the chat's),
/// a forum topic keeps its own pause and activity in <c>telegram_topics</c> (no row: active, not paused).
/// </summary>
public abstract partial class RelationalTelegramChatStore
{
    /// <summary>Whether the target of <c>s.thread_id</c> is paused, with <c>c</c> its chat and <c>t</c> its topic row (left-joined).</summary>
    internal const string TargetPaused = "CASE WHEN s.thread_id = 0 THEN c.is_paused ELSE COALESCE(t.is_paused, FALSE) END";

    /// <summary>Whether the target is active: its chat, and its topic when it is one.</summary>
    internal const string TargetActive = "c.is_active AND COALESCE(t.is_active, TRUE)";

    private const string UpsertTopic =
        """
        INSERT INTO telegram_topics (chat_id, thread_id, is_paused, created_utc, updated_utc)
        SELECT @ChatId, @ThreadId, @paused, @now, @now WHERE EXISTS (SELECT 1 FROM telegram_chats WHERE chat_id = @ChatId)
        ON CONFLICT (chat_id, thread_id) DO UPDATE SET is_paused = excluded.is_paused, updated_utc = excluded.updated_utc
        """;

    public async Task<bool> SetPausedAsync(ChatTarget target, bool paused, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        var args = new { target.ChatId, target.ThreadId, paused, now = Now() };
        return await connection.ExecuteAsync(
            target.IsTopic ? UpsertTopic : "UPDATE telegram_chats SET is_paused = @paused, updated_utc = @now WHERE chat_id = @ChatId", args) > 0;
    }

    public async Task<bool> IsPausedAsync(ChatTarget target, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool?>(
            target.IsTopic
                ? "SELECT is_paused FROM telegram_topics WHERE chat_id = @ChatId AND thread_id = @ThreadId"
                : "SELECT is_paused FROM telegram_chats WHERE chat_id = @ChatId",
            new { target.ChatId, target.ThreadId }) == true;
    }

    public async Task SeeTopicAsync(ChatTarget target, CancellationToken cancellationToken)
    {
        if (!target.IsTopic)
        {
            return;
        }

        await using var connection = await Database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            """
            INSERT INTO telegram_topics (chat_id, thread_id, created_utc, updated_utc) VALUES (@ChatId, @ThreadId, @now, @now)
            ON CONFLICT (chat_id, thread_id) DO UPDATE SET is_active = TRUE, inactive_reason = NULL, updated_utc = excluded.updated_utc
            WHERE NOT telegram_topics.is_active
            """,
            new { target.ChatId, target.ThreadId, now = Now() });
    }

    public async Task StopTopicAsync(ChatTarget topic, CancellationToken cancellationToken)
    {
        await using var unit = await Database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        await connection.ExecuteAsync(
            """
            DELETE FROM telegram_subscriptions WHERE chat_id = @ChatId AND thread_id = @ThreadId;
            DELETE FROM telegram_follows WHERE chat_id = @ChatId AND thread_id = @ThreadId;
            DELETE FROM telegram_topics WHERE chat_id = @ChatId AND thread_id = @ThreadId;
            """,
            new { topic.ChatId, topic.ThreadId }, transaction);
        foreach (var dependent in Dependents)
        {
            await dependent.OnTopicDeactivatedAsync(unit, topic, "stopped (/stop in the topic)", cancellationToken);
        }

        await unit.CommitAsync(cancellationToken);
    }

    public async Task DeactivateTopicAsync(ChatTarget target, string reason, CancellationToken cancellationToken)
    {
        await using var unit = await Database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        await connection.ExecuteAsync(
            """
            INSERT INTO telegram_topics (chat_id, thread_id, is_active, inactive_reason, created_utc, updated_utc)
            SELECT @ChatId, @ThreadId, FALSE, @reason, @now, @now WHERE EXISTS (SELECT 1 FROM telegram_chats WHERE chat_id = @ChatId)
            ON CONFLICT (chat_id, thread_id) DO UPDATE SET is_active = FALSE, inactive_reason = excluded.inactive_reason, updated_utc = excluded.updated_utc
            """,
            new { target.ChatId, target.ThreadId, reason, now = Now() }, transaction);
        foreach (var dependent in Dependents)
        {
            await dependent.OnTopicDeactivatedAsync(unit, target, reason, cancellationToken);
        }

        await unit.CommitAsync(cancellationToken);
    }
}

using Dapper;
using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Telegram.Storage.Relational;

/// <summary>The subscriptions part of <see cref="RelationalTelegramChatStore"/>.</summary>
public abstract partial class RelationalTelegramChatStore
{
    /// <summary>A condition that <paramref name="column"/> is not one of the list parameter <paramref name="parameter"/>.</summary>
    protected abstract string NotInList(string column, string parameter);

    public async Task<bool> SubscribeAsync(ChatTarget target, string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            """
            INSERT INTO telegram_subscriptions (chat_id, thread_id, source_id, created_utc) VALUES (@ChatId, @ThreadId, @sourceId, @now)
            ON CONFLICT DO NOTHING
            """,
            new { target.ChatId, target.ThreadId, sourceId, now = Now() }) > 0;
    }

    public async Task<bool> UnsubscribeAsync(ChatTarget target, string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM telegram_subscriptions WHERE chat_id = @ChatId AND thread_id = @ThreadId AND source_id = @sourceId",
            new { target.ChatId, target.ThreadId, sourceId }) > 0;
    }

    public async Task<bool> SetFilterAsync(ChatTarget target, string sourceId, string? filter, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE telegram_subscriptions SET filter = @filter WHERE chat_id = @ChatId AND thread_id = @ThreadId AND source_id = @sourceId",
            new { target.ChatId, target.ThreadId, sourceId, filter }) > 0;
    }

    public async Task<IReadOnlyList<TelegramSubscription>> GetSubscriptionsAsync(ChatTarget target, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubscriptionRow>(
            $"SELECT {SubscriptionRow.Columns} FROM telegram_subscriptions WHERE chat_id = @ChatId AND thread_id = @ThreadId ORDER BY source_id",
            new { target.ChatId, target.ThreadId });
        return [.. rows.Select(r => r.ToSubscription())];
    }

    public async Task MaterializeChannelAsync(ChatSeen channel, IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken)
    {
        await UpsertChatAsync(channel, cancellationToken);
        await using var unit = await Database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        await connection.ExecuteAsync(
            $"DELETE FROM telegram_subscriptions WHERE chat_id = @ChatId AND thread_id = 0 AND {NotInList("source_id", "@sourceIds")}",
            new { channel.ChatId, sourceIds = sourceIds.ToArray() }, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO telegram_subscriptions (chat_id, source_id, created_utc) VALUES (@ChatId, @sourceId, @now) ON CONFLICT DO NOTHING",
            sourceIds.Select(sourceId => new { channel.ChatId, sourceId, now = Now() }), transaction);
        await unit.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Subscriber>> GetSubscribersAsync(IStoreTransaction transaction, string sourceId, CancellationToken cancellationToken)
    {
        var (connection, tx) = Enlist(transaction);
        var rows = await connection.QueryAsync<(long ChatId, long ThreadId, string? Filter, bool IsPaused)>(
            $"""
            SELECT s.chat_id, s.thread_id, s.filter, {TargetPaused} FROM telegram_subscriptions s
            JOIN telegram_chats c ON c.chat_id = s.chat_id
            LEFT JOIN telegram_topics t ON t.chat_id = s.chat_id AND t.thread_id = s.thread_id
            WHERE s.source_id = @sourceId AND {TargetActive}
            """,
            new { sourceId }, tx);
        return [.. rows.Select(r => new Subscriber(new ChatTarget(r.ChatId, (int)r.ThreadId), r.Filter, r.IsPaused))];
    }
}

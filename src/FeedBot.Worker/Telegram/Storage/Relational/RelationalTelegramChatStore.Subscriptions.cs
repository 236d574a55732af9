using Dapper;
using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Telegram.Storage.Relational;

/// <summary>The subscriptions part of <see cref="RelationalTelegramChatStore"/>.</summary>
public abstract partial class RelationalTelegramChatStore
{
    /// <summary>A condition that <paramref name="column"/> is not one of the list parameter <paramref name="parameter"/>.</summary>
    protected abstract string NotInList(string column, string parameter);

    public async Task<bool> SubscribeAsync(long chatId, string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "INSERT INTO telegram_subscriptions (chat_id, source_id, created_utc) VALUES (@chatId, @sourceId, @now) ON CONFLICT DO NOTHING",
            new { chatId, sourceId, now = Now() }) > 0;
    }

    public async Task<bool> UnsubscribeAsync(long chatId, string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "DELETE FROM telegram_subscriptions WHERE chat_id = @chatId AND source_id = @sourceId", new { chatId, sourceId }) > 0;
    }

    public async Task<bool> SetFilterAsync(long chatId, string sourceId, string? filter, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.ExecuteAsync(
            "UPDATE telegram_subscriptions SET filter = @filter WHERE chat_id = @chatId AND source_id = @sourceId",
            new { chatId, sourceId, filter }) > 0;
    }

    public async Task<IReadOnlyList<TelegramSubscription>> GetSubscriptionsAsync(long chatId, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<SubscriptionRow>(
            $"SELECT {SubscriptionRow.Columns} FROM telegram_subscriptions WHERE chat_id = @chatId ORDER BY source_id", new { chatId });
        return [.. rows.Select(r => r.ToSubscription())];
    }

    public async Task MaterializeChannelAsync(ChatSeen channel, IReadOnlyCollection<string> sourceIds, CancellationToken cancellationToken)
    {
        await UpsertChatAsync(channel, cancellationToken);
        await using var unit = await Database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        await connection.ExecuteAsync(
            $"DELETE FROM telegram_subscriptions WHERE chat_id = @ChatId AND {NotInList("source_id", "@sourceIds")}",
            new { channel.ChatId, sourceIds = sourceIds.ToArray() }, transaction);
        await connection.ExecuteAsync(
            "INSERT INTO telegram_subscriptions (chat_id, source_id, created_utc) VALUES (@ChatId, @sourceId, @now) ON CONFLICT DO NOTHING",
            sourceIds.Select(sourceId => new { channel.ChatId, sourceId, now = Now() }), transaction);
        await unit.CommitAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<Subscriber>> GetSubscribersAsync(IStoreTransaction transaction, string sourceId, CancellationToken cancellationToken)
    {
        var (connection, tx) = Enlist(transaction);
        var rows = await connection.QueryAsync<(long ChatId, string? Filter, bool IsPaused)>(
            """
            SELECT s.chat_id, s.filter, c.is_paused FROM telegram_subscriptions s JOIN telegram_chats c ON c.chat_id = s.chat_id
            WHERE s.source_id = @sourceId AND c.is_active
            """,
            new { sourceId }, tx);
        return [.. rows.Select(r => new Subscriber(r.ChatId, r.Filter, r.IsPaused))];
    }
}

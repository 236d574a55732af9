namespace FeedBot.Worker.Telegram.Storage;

/// <summary>The bot's state (<c>telegram_state</c>: the update offset; <c>telegram_updates</c>: claimed update ids) and the counts behind /stats.</summary>
public interface ITelegramStateStore
{
    /// <summary>
    /// Claims <paramref name="updateId"/> for handling, atomically for every instance sharing the store
    /// (<c>INSERT … ON CONFLICT DO NOTHING</c>): true for the first caller only. Old claims are pruned now and then.
    /// </summary>
    Task<bool> TryClaimUpdateAsync(long updateId, CancellationToken cancellationToken);

    /// <summary>The next update_id to ask for, or null before the first update.</summary>
    Task<long?> GetUpdateOffsetAsync(CancellationToken cancellationToken);

    /// <summary>Stores the offset; it never moves backwards.</summary>
    Task SaveUpdateOffsetAsync(long offset, CancellationToken cancellationToken);

    Task<TelegramStats> GetStatsAsync(CancellationToken cancellationToken);
}

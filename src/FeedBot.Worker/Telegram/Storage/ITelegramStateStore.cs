namespace FeedBot.Worker.Telegram.Storage;

/// <summary>The bot's state (<c>telegram_state</c>: the update offset) and the counts behind /stats.</summary>
public interface ITelegramStateStore
{
    /// <summary>The next update_id to ask for, or null before the first update.</summary>
    Task<long?> GetUpdateOffsetAsync(CancellationToken cancellationToken);

    /// <summary>Stores the offset; it never moves backwards.</summary>
    Task SaveUpdateOffsetAsync(long offset, CancellationToken cancellationToken);

    Task<TelegramStats> GetStatsAsync(CancellationToken cancellationToken);
}

namespace FeedBot.Worker.Telegram;

/// <summary>
/// Adds lines to the admin /stats answer; delivery registers one for pending deliveries. Lines are plain text in
/// <paramref name="language"/> ("vi" or "en"); the bot escapes them.
/// </summary>
public interface IStatsContributor
{
    Task<IReadOnlyList<string>> GetLinesAsync(string language, CancellationToken cancellationToken);
}

using System.Data.Common;
using Microsoft.Extensions.Logging;

namespace FeedBot.Feeds.Storage;

/// <summary>
/// Each source's change version for the render cache. The version lives in the store (<c>source_versions</c>, moved in
/// the transaction that changes a source's items, on whichever instance), and is read from it at most once every
/// <see cref="RefreshInterval"/>, so that feeds are served from memory without a database read per request and a
/// poll on another instance shows within about a second. A change stored by this process refreshes at the next call.
/// While the database cannot be read, the last versions are kept.
/// </summary>
public sealed class ItemChangeTracker(IChangeVersionSource source, TimeProvider clock, ILogger<ItemChangeTracker> logger)
{
    public static readonly TimeSpan RefreshInterval = TimeSpan.FromSeconds(1);

    private readonly SemaphoreSlim _gate = new(1, 1);
    private IReadOnlyDictionary<string, long> _versions = new Dictionary<string, long>();
    private DateTimeOffset _refreshedAt = DateTimeOffset.MinValue;
    private volatile bool _stale = true;

    public async ValueTask<long> GetVersionAsync(string sourceId, CancellationToken cancellationToken)
    {
        if (IsStale())
        {
            await RefreshAsync(cancellationToken);
        }

        return Volatile.Read(ref _versions).GetValueOrDefault(sourceId);
    }

    /// <summary>This process changed items: the next <see cref="GetVersionAsync"/> reads the store again.</summary>
    public void MarkStale() => _stale = true;

    private bool IsStale() => _stale || clock.GetUtcNow() - _refreshedAt >= RefreshInterval;

    private async Task RefreshAsync(CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!IsStale())
            {
                return;
            }

            _stale = false;
            Volatile.Write(ref _versions, await source.GetChangeVersionsAsync(cancellationToken));
        }
        catch (DbException ex)
        {
            logger.LogWarning(ex, "Could not read the sources' change versions; serving the versions read before");
        }
        finally
        {
            _refreshedAt = clock.GetUtcNow();
            _gate.Release();
        }
    }
}

using System.Collections.Concurrent;

namespace FeedBot.Feeds.Storage;

/// <summary>
/// A per-source version number that moves whenever the store changes a source's items, so that
/// rendered feeds can be cached until then without asking the database per request.
/// </summary>
public sealed class ItemChangeTracker
{
    private readonly ConcurrentDictionary<string, long> _versions = new(StringComparer.OrdinalIgnoreCase);

    public long GetVersion(string sourceId) => _versions.GetOrAdd(sourceId, 1);

    public void MarkChanged(string sourceId) => _versions.AddOrUpdate(sourceId, 2, (_, v) => v + 1);
}

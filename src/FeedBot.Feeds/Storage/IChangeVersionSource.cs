namespace FeedBot.Feeds.Storage;

/// <summary>Each source's change version as the store holds it (a source never changed is absent: version 0).</summary>
public interface IChangeVersionSource
{
    Task<IReadOnlyDictionary<string, long>> GetChangeVersionsAsync(CancellationToken cancellationToken);
}

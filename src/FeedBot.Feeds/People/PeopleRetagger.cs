using FeedBot.Feeds.Storage;
using Microsoft.Extensions.Logging;

namespace FeedBot.Feeds.People;

/// <summary>
/// Brings the stored items' person tags up to the configured people list: when the stored fingerprint differs from
/// <see cref="ItemTagger.Fingerprint"/>, every item is re-tagged in small batches (each its own short unit of work, so
/// polls and feeds never wait long), then the fingerprint is saved. An unchanged list costs one read.
/// </summary>
public sealed class PeopleRetagger(IPeopleTagStore store, ItemTagger tagger, ILogger<PeopleRetagger> logger)
{
    public const int BatchSize = 200;

    /// <summary>Returns the number of items whose tags changed (0 when the list is unchanged).</summary>
    public async Task<int> RetagAsync(CancellationToken cancellationToken)
    {
        var stored = await store.GetTagFingerprintAsync(cancellationToken);
        if (stored == tagger.Fingerprint)
        {
            logger.LogDebug("People list unchanged (fingerprint {Fingerprint}); stored tags are current", stored);
            return 0;
        }

        logger.LogInformation("People list changed; re-tagging stored items");
        var (afterId, changed) = (0L, 0);
        while (await store.RetagAsync(afterId, BatchSize, cancellationToken) is { LastId: { } lastId } batch)
        {
            afterId = lastId;
            changed += batch.Changed;
        }

        await store.SaveTagFingerprintAsync(tagger.Fingerprint, cancellationToken);
        logger.LogInformation("Re-tagged stored items with the people list: {Changed} item(s) changed", changed);
        return changed;
    }
}

namespace FeedBot.Feeds.Storage;

/// <summary>
/// Re-tagging stored items when the people list changes (the feeds library's <c>item_people</c> and
/// <c>people_tagging</c> tables): batches in id order, each in its own unit of work, and the fingerprint of the list
/// the stored tags were made with.
/// </summary>
public interface IPeopleTagStore
{
    /// <summary>The <see cref="People.ItemTagger.Fingerprint"/> the stored tags were last fully computed with (null: never).</summary>
    Task<string?> GetTagFingerprintAsync(CancellationToken cancellationToken);

    Task SaveTagFingerprintAsync(string fingerprint, CancellationToken cancellationToken);

    /// <summary>Re-tags up to <paramref name="batchSize"/> items with ids above <paramref name="afterId"/>, moving the change
    /// version of each source whose tags changed.</summary>
    Task<RetagBatch> RetagAsync(long afterId, int batchSize, CancellationToken cancellationToken);
}

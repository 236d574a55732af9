namespace FeedBot.Feeds.Storage.Relational;

/// <summary>What brings one item's stored person tags to the ones the tagger found: the ids to add and to remove.</summary>
internal sealed record TagChange(long ItemId, IReadOnlyList<string> Added, IReadOnlyList<string> Removed)
{
    public bool IsEmpty => Added.Count == 0 && Removed.Count == 0;

    public static TagChange Between(long itemId, IEnumerable<string> stored, IReadOnlyList<string> found)
    {
        var had = stored.ToHashSet(StringComparer.Ordinal);
        return new TagChange(itemId, found.Where(id => !had.Contains(id)).ToArray(), had.Except(found, StringComparer.Ordinal).ToArray());
    }
}

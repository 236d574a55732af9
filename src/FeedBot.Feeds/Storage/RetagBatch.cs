namespace FeedBot.Feeds.Storage;

/// <summary>What one <see cref="IPeopleTagStore.RetagAsync"/> batch did: the last id it read (null: no items left) and
/// how many items' tags changed.</summary>
public sealed record RetagBatch(long? LastId, int Changed);

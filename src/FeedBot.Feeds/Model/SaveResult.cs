namespace FeedBot.Feeds.Model;

/// <summary>What saving one listing page did; <paramref name="Known"/> items of it were in the store already.</summary>
public sealed record SaveResult(IReadOnlyList<FeedItem> NewItems, int Updated, int Seen, int Known = 0);

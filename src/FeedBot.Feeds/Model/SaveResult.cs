namespace FeedBot.Feeds.Model;

/// <summary>What saving one listing page did.</summary>
public sealed record SaveResult(IReadOnlyList<FeedItem> NewItems, int Updated, int Seen);

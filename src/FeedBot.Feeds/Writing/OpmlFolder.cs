namespace FeedBot.Feeds.Writing;

/// <summary>An OPML outline that holds subscriptions (readers import it as a folder).</summary>
public sealed record OpmlFolder(string Title, IReadOnlyList<OpmlOutline> Outlines);

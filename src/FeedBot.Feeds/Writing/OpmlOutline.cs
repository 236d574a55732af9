namespace FeedBot.Feeds.Writing;

/// <summary>One subscription in an OPML list.</summary>
/// <param name="Type">The OPML outline type: <c>rss</c> (which readers also use for Atom) or <c>link</c>.</param>
public sealed record OpmlOutline(string Title, string? Description, Uri FeedUrl, Uri HtmlUrl, string Language, string Type = "rss");

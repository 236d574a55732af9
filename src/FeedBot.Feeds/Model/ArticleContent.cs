namespace FeedBot.Feeds.Model;

/// <summary>What an article page yields: sanitized body HTML and, when found, its title and date.</summary>
public sealed record ArticleContent(string BodyHtml, string? Title, DateTimeOffset? PublishedUtc);

namespace FeedBot.Serving.Benchmarks;

/// <summary>What one server sends for the feed: the identity and gzip bodies and the strong tags of each, and its Cache-Control.</summary>
public sealed record ServedFeed(Uri Url, byte[] Identity, string IdentityETag, byte[] Gzip, string GzipETag, string CacheControl);

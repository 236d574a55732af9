namespace FeedBot.Serving.Benchmarks;

/// <summary>What one server sends for the feed: the identity and gzip bodies and the strong tags of each, and the
/// identity response's Cache-Control, Content-Type and Last-Modified.</summary>
public sealed record ServedFeed(
    Uri Url, byte[] Identity, string IdentityETag, byte[] Gzip, string GzipETag, string CacheControl, string ContentType, string LastModified);

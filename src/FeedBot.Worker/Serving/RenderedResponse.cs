using System.Security.Cryptography;

namespace FeedBot.Worker.Serving;

/// <summary>A rendered body with its validators, as cached and served.</summary>
/// <param name="ETag">Strong, quoted, from the body's SHA-256: equal bodies have equal tags on every instance.</param>
/// <param name="LastModified">When this body was rendered, to whole seconds (HTTP dates have no fractions).</param>
public sealed record RenderedResponse(byte[] Body, string ContentType, string ETag, DateTimeOffset LastModified, TimeSpan MaxAge)
{
    public static RenderedResponse Create(byte[] body, string contentType, DateTimeOffset renderedUtc, TimeSpan maxAge)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16));
        var seconds = new DateTimeOffset(renderedUtc.UtcTicks - (renderedUtc.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return new RenderedResponse(body, contentType, $"\"{hash}\"", seconds, maxAge);
    }
}

using System.Globalization;
using System.Security.Cryptography;

namespace FeedBot.Worker.Serving;

/// <summary>
/// A rendered body with its validators, as cached and served: the identity bytes and, compressed once when rendered,
/// their gzip and brotli encodings, each with its own strong tag; the header values are formatted once here too, so
/// serving from the cache formats nothing.
/// </summary>
public sealed class RenderedResponse
{
    private RenderedResponse(EncodedBody identity, EncodedBody gzip, EncodedBody brotli, string contentType, DateTimeOffset lastModified, TimeSpan maxAge)
    {
        Identity = identity;
        Gzip = gzip;
        Brotli = brotli;
        ContentType = contentType;
        LastModified = lastModified;
        LastModifiedHeader = lastModified.ToString("r", CultureInfo.InvariantCulture);
        CacheControlHeader = $"public, max-age={(long)maxAge.TotalSeconds}";
    }

    /// <summary>The body as rendered. Its tag is strong, quoted, from the body's SHA-256: equal bodies have equal tags on
    /// every instance; each coding's tag is this tag with the coding appended (<c>"abc-gzip"</c>, <c>"abc-br"</c>).</summary>
    public EncodedBody Identity { get; }

    public EncodedBody Gzip { get; }

    public EncodedBody Brotli { get; }

    public string ContentType { get; }

    /// <summary>When this body was rendered, to whole seconds (HTTP dates have no fractions).</summary>
    public DateTimeOffset LastModified { get; }

    /// <summary><see cref="LastModified"/> as an HTTP date.</summary>
    public string LastModifiedHeader { get; }

    /// <summary><c>public, max-age=</c> and the max age it was created with, in seconds.</summary>
    public string CacheControlHeader { get; }

    public static RenderedResponse Create(byte[] body, string contentType, DateTimeOffset renderedUtc, TimeSpan maxAge)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(body).AsSpan(0, 16));
        var seconds = new DateTimeOffset(renderedUtc.UtcTicks - (renderedUtc.UtcTicks % TimeSpan.TicksPerSecond), TimeSpan.Zero);
        return new RenderedResponse(
            new EncodedBody(body, $"\"{hash}\"", null),
            new EncodedBody(BodyCompressor.Gzip(body), $"\"{hash}-gzip\"", "gzip"),
            new EncodedBody(BodyCompressor.Brotli(body), $"\"{hash}-br\"", "br"),
            contentType, seconds, maxAge);
    }

    /// <summary>The representation in <paramref name="coding"/>; not for <see cref="ContentCoding.NotAcceptable"/>.</summary>
    public EncodedBody In(ContentCoding coding) => coding switch
    {
        ContentCoding.Gzip => Gzip,
        ContentCoding.Brotli => Brotli,
        ContentCoding.Identity => Identity,
        _ => throw new ArgumentOutOfRangeException(nameof(coding), coding, "No representation for a coding the client refused."),
    };
}

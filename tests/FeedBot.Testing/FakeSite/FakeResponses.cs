using System.IO.Compression;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace FeedBot.Testing.FakeSite;

/// <summary>Writes a resource: 304 when the validators match, else the body, compressed when asked and enabled.</summary>
internal static class FakeResponses
{
    /// <summary>Returns true when the body was sent compressed.</summary>
    public static async Task<bool> WriteAsync(HttpContext context, FakeResource resource, bool conditional, string? compression)
    {
        var response = context.Response;
        var lastModified = TruncateToSeconds(resource.LastModified);
        if (conditional)
        {
            response.Headers.ETag = resource.ETag;
            response.Headers.LastModified = lastModified.ToString("R");
            if (IsNotModified(context.Request, resource.ETag, lastModified))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                return false;
            }
        }

        response.ContentType = resource.ContentType;
        var accepted = context.Request.Headers.AcceptEncoding.ToString();
        if (compression is null || !accepted.Contains(compression, StringComparison.OrdinalIgnoreCase))
        {
            response.ContentLength = resource.Body.Length;
            await response.Body.WriteAsync(resource.Body);
            return false;
        }

        var compressed = Compress(resource.Body, compression);
        response.Headers.ContentEncoding = compression;
        response.ContentLength = compressed.Length;
        await response.Body.WriteAsync(compressed);
        return true;
    }

    private static bool IsNotModified(HttpRequest request, string etag, DateTimeOffset lastModified)
    {
        var ifNoneMatch = request.Headers.IfNoneMatch.ToString();
        if (ifNoneMatch.Length > 0)
        {
            return ifNoneMatch == "*" || ifNoneMatch.Split(',').Select(t => t.Trim()).Contains(etag);
        }

        return HeaderUtilities.TryParseDate(request.Headers.IfModifiedSince.ToString(), out var since) && lastModified <= since;
    }

    private static byte[] Compress(byte[] body, string coding)
    {
        using var output = new MemoryStream();
        using (Stream stream = coding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true),
            _ => throw new ArgumentException($"Unknown content coding '{coding}'.", nameof(coding)),
        })
        {
            stream.Write(body);
        }

        return output.ToArray();
    }

    private static DateTimeOffset TruncateToSeconds(DateTimeOffset time) =>
        new(time.Ticks - (time.Ticks % TimeSpan.TicksPerSecond), time.Offset);
}

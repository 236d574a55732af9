using System.IO.Compression;
using System.Net;

namespace FeedBot.Worker.Tests.Serving;

/// <summary>Every cached body over real HTTP in each coding: the bytes decode to the identity bytes, with the coding's own
/// strong tag, its length and <c>Vary</c>; HEAD sends the same headers without a body.</summary>
[Collection(HttpWorkerCollection.Name)]
public sealed class RenderedResultTests(HttpWorker worker)
{
    public static TheoryData<string, string> PathsAndCodings()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in new[] { "/feeds/moh-leadership.rss", "/feeds/moh-leadership.atom", "/feeds/moh-leadership.json", "/feeds.opml", "/" })
        {
            data.Add(path, "gzip");
            data.Add(path, "br");
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(PathsAndCodings))]
    public async Task Get_EachCoding_DecodesToTheIdentityBytesWithItsOwnTagAndLength(string path, string coding)
    {
        using var plain = await worker.SendAsync(path);
        var identity = await plain.Content.ReadAsByteArrayAsync();
        using var encoded = await worker.SendAsync(path, ("Accept-Encoding", coding));
        var body = await encoded.Content.ReadAsByteArrayAsync();

        Assert.Equal(HttpStatusCode.OK, encoded.StatusCode);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Equal([coding], encoded.Content.Headers.ContentEncoding);
        Assert.Equal(["Accept-Encoding"], encoded.Headers.Vary);
        Assert.Equal(["Accept-Encoding"], plain.Headers.Vary);
        Assert.Equal(body.Length, encoded.Content.Headers.ContentLength);
        Assert.Equal(identity.Length, plain.Content.Headers.ContentLength);
        Assert.True(body.Length < identity.Length, $"{body.Length} {coding} bytes vs {identity.Length}");
        Assert.Equal(identity, Decode(body, coding));
        Assert.False(encoded.Headers.ETag!.IsWeak);
        Assert.Equal($"{plain.Headers.ETag!.Tag[..^1]}-{coding}\"", encoded.Headers.ETag.Tag);
        Assert.Equal(plain.Content.Headers.ContentType, encoded.Content.Headers.ContentType);
    }

    [Theory]
    [InlineData("identity")]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Head_EachCoding_TheGetsHeadersWithoutBody(string coding)
    {
        using var get = await worker.SendAsync("/feeds/moh-leadership.rss", ("Accept-Encoding", coding));
        using var head = await worker.SendAsync(HttpMethod.Head, "/feeds/moh-leadership.rss", ("Accept-Encoding", coding));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal((await get.Content.ReadAsByteArrayAsync()).Length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.ContentEncoding, head.Content.Headers.ContentEncoding);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
    }

    [Fact]
    public async Task Get_Twice_TheSameEncodedBytes()
    {
        using var first = await worker.SendAsync("/feeds/moh-leadership.atom", ("Accept-Encoding", "br"));
        using var second = await worker.SendAsync("/feeds/moh-leadership.atom", ("Accept-Encoding", "br"));

        Assert.Equal(await first.Content.ReadAsByteArrayAsync(), await second.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Get_Healthz_NeverCompressed()
    {
        using var response = await worker.SendAsync("/healthz", ("Accept-Encoding", "gzip, br"));

        Assert.Empty(response.Content.Headers.ContentEncoding);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static byte[] Decode(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }
}

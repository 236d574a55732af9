using System.IO.Compression;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>gzip and brotli for feeds, pages and JSON, only when the client asks.</summary>
public sealed class CompressionTests(FeedHost host) : IClassFixture<FeedHost>
{
    [Theory]
    [InlineData("/feeds/moh-leadership.rss", "gzip")]
    [InlineData("/feeds/moh-leadership.atom", "br")]
    [InlineData("/feeds/moh-leadership.json", "gzip")]
    [InlineData("/feeds/moh-leadership.json", "br")]
    [InlineData("/feeds.opml", "br")]
    [InlineData("/", "gzip")]
    [InlineData("/healthz", "gzip")]
    public async Task Get_AcceptEncoding_CompressedBodyDecodesToTheSameContent(string path, string coding)
    {
        var client = host.App.CreateClient();
        using var uncompressed = await client.GetAsync(path);
        var plain = await uncompressed.Content.ReadAsByteArrayAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptEncoding.ParseAdd(coding);

        using var response = await client.SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(uncompressed.StatusCode, response.StatusCode);
        Assert.Equal([coding], response.Content.Headers.ContentEncoding);
        Assert.Equal(["Accept-Encoding"], response.Headers.Vary);
        Assert.True(compressed.Length < plain.Length, $"{compressed.Length} compressed bytes vs {plain.Length}");
        Assert.Equal(Normalize(path, plain), Normalize(path, Decode(compressed, coding)));
    }

    [Theory]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Get_Compressed_OwnStrongETagThatRevalidatesTo304(string coding)
    {
        var client = host.App.CreateClient();
        using var plain = await client.GetAsync("/feeds/moh-leadership.rss");
        using var compressed = await SendAsync(client, coding, null);

        using var revalidated = await SendAsync(client, coding, compressed.Headers.ETag);

        Assert.False(compressed.Headers.ETag!.IsWeak);
        Assert.Equal($"{plain.Headers.ETag!.Tag[..^1]}-{coding}\"", compressed.Headers.ETag.Tag);
        Assert.Equal(System.Net.HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(compressed.Headers.ETag, revalidated.Headers.ETag);
    }

    [Fact]
    public async Task Get_NoAcceptEncoding_Uncompressed()
    {
        using var response = await host.App.CreateClient().GetAsync("/feeds/moh-leadership.rss");

        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string coding, System.Net.Http.Headers.EntityTagHeaderValue? ifNoneMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/moh-leadership.rss");
        request.Headers.AcceptEncoding.ParseAdd(coding);
        if (ifNoneMatch is not null)
        {
            request.Headers.IfNoneMatch.Add(ifNoneMatch);
        }

        return client.SendAsync(request);
    }

    private static byte[] Decode(byte[] body, string coding)
    {
        using var input = new MemoryStream(body);
        using Stream decoder = coding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        decoder.CopyTo(output);
        return output.ToArray();
    }

    /// <summary>/healthz carries the time of the check; everything else must be byte for byte the same.</summary>
    private static string Normalize(string path, byte[] body) =>
        path == "/healthz" ? System.Text.Json.JsonDocument.Parse(body).RootElement.GetProperty("sources").GetRawText() : Convert.ToBase64String(body);
}

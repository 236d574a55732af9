using System.Net;

namespace FeedBot.Worker.Tests.Serving;

/// <summary><c>Accept-Encoding</c> over real HTTP: q-values, <c>*</c>, refusals (406), and values that cannot be read.</summary>
[Collection(HttpWorkerCollection.Name)]
public sealed class AcceptEncodingTests(HttpWorker worker)
{
    private const string Feed = "/feeds/moh-leadership.rss";

    [Theory]
    [InlineData("gzip, deflate, br, zstd", "br")]
    [InlineData("gzip", "gzip")]
    [InlineData("x-gzip", "gzip")]
    [InlineData("GZIP", "gzip")]
    [InlineData("br;q=0.5, gzip", "gzip")]
    [InlineData("gzip;q=0.8, br;q=0.9", "br")]
    [InlineData("gzip;q=0.8,br;Q=0.75", "gzip")]
    [InlineData("gzip ; q=0.3 , br;q=0.2", "gzip")]
    [InlineData("gzip;q=0, br;q=0", "")]
    [InlineData("identity;q=1, gzip;q=0.5", "")]
    [InlineData("identity;q=0.5, gzip;q=0.5", "gzip")]
    [InlineData("*", "br")]
    [InlineData("*;q=0.5, br;q=0", "gzip")]
    [InlineData("deflate", "")]
    [InlineData("", "")]
    [InlineData("identity", "")]
    [InlineData("gzip;q=0.001, identity;q=0", "gzip")]
    [InlineData("gzip;level=9", "gzip")]
    public async Task Get_AcceptEncoding_TheHighestAcceptableCoding(string acceptEncoding, string expected)
    {
        using var response = await worker.SendAsync(Feed, ("Accept-Encoding", acceptEncoding));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, string.Join(",", response.Content.Headers.ContentEncoding));
    }

    [Fact]
    public async Task Get_NoAcceptEncoding_Identity()
    {
        using var response = await worker.SendAsync(Feed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(response.Content.Headers.ContentEncoding);
    }

    [Theory]
    [InlineData("identity;q=0")]
    [InlineData("*;q=0")]
    [InlineData("identity;q=0, deflate, zstd")]
    [InlineData("br;q=0, gzip;q=0, identity;q=0")]
    public async Task Get_NoAcceptableCoding_406NamingTheCodings(string acceptEncoding)
    {
        using var response = await worker.SendAsync(Feed, ("Accept-Encoding", acceptEncoding));

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal(["Accept-Encoding"], response.Headers.Vary);
        Assert.Contains("br, gzip or identity", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("gzip;q=")]
    [InlineData("gzip;q=2")]
    [InlineData("gzip;q=0.5.5")]
    [InlineData("gzip;q=-1")]
    [InlineData("gzip;q=0.1234")]
    [InlineData(";;;,,,")]
    [InlineData("br;;q=1;")]
    [InlineData("\"gzip\"")]
    [InlineData("gzip;q=1e3, br;q=abc")]
    [InlineData("*;q=0.x")]
    public async Task Get_UnreadableAcceptEncoding_ElementIgnoredNeverServerError(string acceptEncoding)
    {
        using var response = await worker.SendAsync(Feed, ("Accept-Encoding", acceptEncoding));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_VeryLongAcceptEncoding_NeverServerError()
    {
        var value = string.Join(", ", Enumerable.Range(0, 500).Select(i => $"coding{i};q=0.{i % 10}")) + ", gzip;q=0.1";

        using var response = await worker.SendAsync(Feed, ("Accept-Encoding", value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }
}

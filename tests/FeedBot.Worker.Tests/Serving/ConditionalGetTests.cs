using System.Net;
using FeedBot.Worker.Serving;
using Microsoft.AspNetCore.Http;

namespace FeedBot.Worker.Tests.Serving;

/// <summary>Revalidation over real HTTP: each coding's strong tag answers 304 (with the tag the client holds),
/// <c>If-Modified-Since</c> counts only without <c>If-None-Match</c>, and bad validators never cause a 5xx.</summary>
[Collection(HttpWorkerCollection.Name)]
public sealed class ConditionalGetTests(HttpWorker worker)
{
    private const string Feed = "/feeds/moh-leadership.json";

    [Theory]
    [InlineData("identity")]
    [InlineData("gzip")]
    [InlineData("br")]
    public async Task Get_IfNoneMatchWithTheCodingsETag_304WithThatTag(string coding)
    {
        using var first = await worker.SendAsync(Feed, ("Accept-Encoding", coding));
        var etag = first.Headers.ETag!.Tag;

        using var revalidated = await worker.SendAsync(Feed, ("Accept-Encoding", coding), ("If-None-Match", etag));

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Empty(await revalidated.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, revalidated.Headers.ETag!.Tag);
        Assert.Equal(["Accept-Encoding"], revalidated.Headers.Vary);
        Assert.Equal(first.Headers.CacheControl, revalidated.Headers.CacheControl);
    }

    [Theory]
    [InlineData("W/{0}")]
    [InlineData("\"other\", {0}")]
    [InlineData("\"other\",{0} , \"more\"")]
    public async Task Get_IfNoneMatchListOrWeakForm_304(string format)
    {
        using var first = await worker.SendAsync(Feed, ("Accept-Encoding", "gzip"));
        var etag = first.Headers.ETag!.Tag;

        using var revalidated = await worker.SendAsync(Feed, ("Accept-Encoding", "gzip"), ("If-None-Match", string.Format(format, etag)));

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(etag, revalidated.Headers.ETag!.Tag);
    }

    [Fact]
    public async Task Get_IfNoneMatchStar_304WithTheChosenCodingsTag()
    {
        using var first = await worker.SendAsync(Feed, ("Accept-Encoding", "br"));

        using var revalidated = await worker.SendAsync(Feed, ("Accept-Encoding", "br"), ("If-None-Match", "*"));

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(first.Headers.ETag, revalidated.Headers.ETag);
    }

    [Fact]
    public async Task Get_GzipTagWhileAskingForBrotli_304TheSameContent()
    {
        using var gzip = await worker.SendAsync(Feed, ("Accept-Encoding", "gzip"));

        using var revalidated = await worker.SendAsync(Feed, ("Accept-Encoding", "br"), ("If-None-Match", gzip.Headers.ETag!.Tag));

        Assert.Equal(HttpStatusCode.NotModified, revalidated.StatusCode);
        Assert.Equal(gzip.Headers.ETag, revalidated.Headers.ETag);
    }

    [Fact]
    public async Task Get_IfNoneMatchOtherTagWithCurrentIfModifiedSince_200()
    {
        using var first = await worker.SendAsync(Feed);
        var lastModified = first.Content.Headers.LastModified!.Value.ToString("r");

        using var exact = await worker.SendAsync(Feed, ("If-Modified-Since", lastModified));
        using var withTag = await worker.SendAsync(Feed, ("If-None-Match", "\"other\""), ("If-Modified-Since", lastModified));

        Assert.Equal(HttpStatusCode.NotModified, exact.StatusCode);
        Assert.Equal(first.Headers.ETag, exact.Headers.ETag);
        Assert.Equal(HttpStatusCode.OK, withTag.StatusCode);
    }

    [Fact]
    public async Task Get_IfModifiedSinceLaterInAnotherSpelling_304AndEarlier200()
    {
        using var first = await worker.SendAsync(Feed);
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var later = await worker.SendAsync(Feed, ("If-Modified-Since", lastModified.AddMinutes(1).ToString("dddd, dd-MMM-yy HH:mm:ss 'GMT'", System.Globalization.CultureInfo.InvariantCulture)));
        using var earlier = await worker.SendAsync(Feed, ("If-Modified-Since", lastModified.AddSeconds(-1).ToString("r")));

        Assert.Equal(HttpStatusCode.NotModified, later.StatusCode);
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
    }

    [Theory]
    [InlineData("\"other\", W/{0}", ContentCoding.Gzip)]
    [InlineData("*", ContentCoding.Brotli)]
    public void IsNotModified_IfNoneMatchNamingAStoredTag_TrueWithTheStoredTag(string format, ContentCoding named)
    {
        var response = RenderedResponse.Create([1, 2, 3], "text/plain", DateTimeOffset.UnixEpoch, TimeSpan.Zero);
        IHeaderDictionary headers = new HeaderDictionary();
        headers.IfNoneMatch = string.Format(format, response.In(named).ETag);

        var notModified = ConditionalGet.IsNotModified(headers, response, response.In(ContentCoding.Brotli), out var etag);

        Assert.True(notModified);
        Assert.Same(response.In(named).ETag, etag);
    }

    [Fact]
    public void IsNotModified_IfNoneMatchNamingNoStoredTag_FalseWithTheSelectedTag()
    {
        var response = RenderedResponse.Create([1, 2, 3], "text/plain", DateTimeOffset.UnixEpoch, TimeSpan.Zero);
        IHeaderDictionary headers = new HeaderDictionary();
        headers.IfNoneMatch = "\"other\", W/\"more\"";
        headers.IfModifiedSince = response.LastModifiedHeader;

        var notModified = ConditionalGet.IsNotModified(headers, response, response.Identity, out var etag);

        Assert.False(notModified);
        Assert.Same(response.Identity.ETag, etag);
    }

    [Theory]
    [InlineData("If-None-Match", "\"unterminated")]
    [InlineData("If-None-Match", "W/")]
    [InlineData("If-None-Match", "garbage")]
    [InlineData("If-None-Match", ",")]
    [InlineData("If-None-Match", "\"")]
    [InlineData("If-None-Match", "W/\"")]
    [InlineData("If-Modified-Since", "not a date")]
    [InlineData("If-Modified-Since", "Mon, 99 Foo 2025 99:99:99 GMT")]
    [InlineData("If-Modified-Since", "")]
    public async Task Get_UnreadableValidator_200NeverServerError(string header, string value)
    {
        using var response = await worker.SendAsync(Feed, ("Accept-Encoding", "gzip"), (header, value));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["gzip"], response.Content.Headers.ContentEncoding);
    }
}

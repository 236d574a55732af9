using System.Net;
using System.Net.Http.Headers;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>The feed endpoints through the real host: formats, validators, HEAD, compression, limit and q, errors.</summary>
public sealed class FeedEndpointsTests(FeedHost host) : IClassFixture<FeedHost>
{
    public static TheoryData<string, string> Formats => new()
    {
        { "rss", "application/rss+xml" },
        { "atom", "application/atom+xml" },
        { "json", "application/feed+json" },
    };

    public static TheoryData<string> CachedPaths => new()
    {
        "/feeds/moh-leadership.rss", "/feeds/moh-leadership.atom", "/feeds/moh-leadership.json", "/feeds.opml", "/",
    };

    [Theory]
    [MemberData(nameof(Formats))]
    public async Task Get_EachFormat_ContentTypeWithUtf8CharsetAndEveryItem(string extension, string mediaType)
    {
        using var response = await host.App.CreateClient().GetAsync($"/feeds/moh-leadership.{extension}");
        var body = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        Assert.Contains("Thứ trưởng Đỗ Xuân Tuyên kiểm tra bệnh viện", body);
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl!.MaxAge);
        Assert.True(response.Headers.CacheControl.Public);
    }

    [Fact]
    public async Task Get_Json_NewestFirstWithSelfLinkFromTheRequestHost()
    {
        using var json = await host.GetJsonAsync("/feeds/moh-leadership.json");

        Assert.Equal("http://localhost/feeds/moh-leadership.json", json.RootElement.GetProperty("feed_url").GetString());
        Assert.Equal(["bo-truong-tiep-who", "thu-truong-kiem-tra", "hop-giao-ban", "thong-bao"], FeedHost.Keys(json));
        Assert.Equal("<p>Nội dung <strong>hop-giao-ban</strong></p>", json.RootElement.GetProperty("items")[2].GetProperty("content_html").GetString());
    }

    [Theory]
    [MemberData(nameof(CachedPaths))]
    public async Task Get_IfNoneMatchWithTheETag_304WithoutBody(string path)
    {
        var client = host.App.CreateClient();
        using var first = await client.GetAsync(path);
        var etag = first.Headers.ETag!;
        Assert.False(etag.IsWeak);

        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.IfNoneMatch.Add(etag);
        using var second = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Empty(await second.Content.ReadAsByteArrayAsync());
        Assert.Equal(etag, second.Headers.ETag);
    }

    [Fact]
    public async Task Get_IfNoneMatchWithAnotherETag_200()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/feeds/moh-leadership.rss");
        request.Headers.IfNoneMatch.Add(new EntityTagHeaderValue("\"something-else\""));

        using var response = await host.App.CreateClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_IfModifiedSince_304AtLastModifiedAnd200Before()
    {
        var client = host.App.CreateClient();
        using var first = await client.GetAsync("/feeds/moh-leadership.atom");
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var same = await SendAsync(client, "/feeds/moh-leadership.atom", r => r.Headers.IfModifiedSince = lastModified);
        using var earlier = await SendAsync(client, "/feeds/moh-leadership.atom", r => r.Headers.IfModifiedSince = lastModified.AddSeconds(-1));

        Assert.Equal(HttpStatusCode.NotModified, same.StatusCode);
        Assert.Empty(await same.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.OK, earlier.StatusCode);
    }

    [Theory]
    [MemberData(nameof(CachedPaths))]
    public async Task Head_AnyPage_SameHeadersAsGetWithoutBody(string path)
    {
        var client = host.App.CreateClient();
        using var get = await client.GetAsync(path);
        var length = (await get.Content.ReadAsByteArrayAsync()).Length;

        using var head = await client.SendAsync(new HttpRequestMessage(HttpMethod.Head, path));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(length, head.Content.Headers.ContentLength);
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }


    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string path, Action<HttpRequestMessage> configure)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        configure(request);
        return client.SendAsync(request);
    }
}

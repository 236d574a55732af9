using System.Net.Http.Headers;

namespace FeedBot.Serving.Benchmarks;

/// <summary>Reads a feed URL twice, as identity and as gzip, without decompressing (the bytes on the wire).</summary>
public static class FeedFetch
{
    public static async Task<ServedFeed> ReadAsync(HttpClient client, Uri url)
    {
        var (identity, identityTag, response) = await GetAsync(client, url, null);
        using var identityResponse = response;
        var (gzip, gzipTag, gzipResponse) = await GetAsync(client, url, "gzip");
        gzipResponse.Dispose();
        return new ServedFeed(url, identity, identityTag, gzip, gzipTag, response.Headers.CacheControl?.ToString() ?? "",
            response.Content.Headers.ContentType?.ToString() ?? "", response.Content.Headers.LastModified?.ToString("r") ?? "");
    }

    private static async Task<(byte[] Body, string ETag, HttpResponseMessage Response)> GetAsync(HttpClient client, Uri url, string? coding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (coding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(coding));
        }

        var response = await client.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var sent = string.Join(",", response.Content.Headers.ContentEncoding);
        if (sent != (coding ?? ""))
        {
            throw new InvalidOperationException($"{url} answered Content-Encoding '{sent}' to a request for '{coding ?? "identity"}'.");
        }

        var tag = response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"{url} sent no ETag.");
        return (await response.Content.ReadAsByteArrayAsync(), tag, response);
    }
}

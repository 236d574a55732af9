namespace FeedBot.Feeds.Scraping;

/// <summary>Reads a response body as a stream, never holding more than the configured cap.</summary>
internal static class BodyReader
{
    public static async Task<ReadOnlyMemory<byte>> ReadCappedAsync(Uri url, HttpResponseMessage response, long maxBytes, CancellationToken ct)
    {
        var declared = response.Content.Headers.ContentLength;
        if (declared > maxBytes)
        {
            throw TooLarge(url, maxBytes, $"it declares {declared} bytes");
        }

        using var buffer = new MemoryStream(declared is > 0 and <= 1 << 20 ? (int)declared : 64 * 1024);
        var chunk = new byte[16 * 1024];
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(ct);
            int read;
            while ((read = await stream.ReadAsync(chunk, ct)) > 0)
            {
                if (buffer.Length + read > maxBytes)
                {
                    throw TooLarge(url, maxBytes, $"more than {maxBytes} bytes arrived");
                }

                buffer.Write(chunk, 0, read);
            }
        }
        catch (Exception ex) when (ex is IOException or HttpRequestException && !ct.IsCancellationRequested)
        {
            throw new FetchException(FetchFailure.Truncated, url,
                $"The body of {url} ended after {buffer.Length} of {declared?.ToString() ?? "unknown"} bytes: the connection broke mid-page.",
                ex, (int)response.StatusCode);
        }

        if (declared is { } expected && buffer.Length < expected)
        {
            throw new FetchException(FetchFailure.Truncated, url,
                $"The body of {url} ended after {buffer.Length} of {expected} bytes.", statusCode: (int)response.StatusCode);
        }

        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }

    private static FetchException TooLarge(Uri url, long maxBytes, string detail) =>
        new(FetchFailure.TooLarge, url,
            $"{url} is too large: {detail}, above the cap of {maxBytes} bytes (FeedBot:Fetch:MaxResponseBytes).");
}

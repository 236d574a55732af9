using System.Net;
using FeedBot.Feeds.Model;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Scraping;

/// <summary>
/// Fetches one HTML page: conditional GET, a whole-request timeout, a hard size cap, charset decoding.
/// Every failure is a <see cref="FetchException"/>; a cancelled caller token rethrows <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class SiteFetcher
{
    private const string Accept = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
    private readonly HttpClient _http;
    private readonly FetchOptions _options;
    private readonly TimeProvider _time;

    public SiteFetcher(HttpClient http, IOptions<FetchOptions> options, TimeProvider time)
    {
        _http = http;
        _options = options.Value;
        _time = time;
    }

    public async Task<FetchResult> FetchAsync(Uri url, HttpValidators? validators, CancellationToken ct)
    {
        using var timeout = new CancellationTokenSource(_options.Timeout, _time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(ct, timeout.Token);
        try
        {
            using var request = BuildRequest(url, validators);
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return await ReadAsync(url, response, validators, linked.Token);
        }
        catch (OperationCanceledException ex) when (ct.IsCancellationRequested)
        {
            throw new OperationCanceledException($"Fetching {url} was cancelled by the caller.", ex, ct);
        }
        catch (OperationCanceledException ex)
        {
            throw new FetchException(FetchFailure.Timeout, url,
                $"Fetching {url} timed out after {_options.TimeoutSeconds} s (FeedBot:Fetch:TimeoutSeconds).", ex);
        }
        catch (HttpRequestException ex)
        {
            throw FetchErrors.FromRequestException(url, ex);
        }
    }

    private HttpRequestMessage BuildRequest(Uri url, HttpValidators? validators)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", _options.UserAgent);
        request.Headers.TryAddWithoutValidation("Accept", Accept);
        if (validators?.ETag is { Length: > 0 } etag)
        {
            request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        }

        if (validators?.LastModified is { } lastModified)
        {
            request.Headers.IfModifiedSince = lastModified;
        }

        return request;
    }

    private async Task<FetchResult> ReadAsync(Uri url, HttpResponseMessage response, HttpValidators? sent, CancellationToken ct)
    {
        var status = (int)response.StatusCode;
        var finalUri = response.RequestMessage?.RequestUri ?? url;
        // The raw ETag, so that a non-standard (unquoted) one a portal sends is still echoed back verbatim.
        var etag = response.Headers.NonValidated.TryGetValues("ETag", out var etags) ? etags.FirstOrDefault() : null;
        var validators = new HttpValidators(string.IsNullOrWhiteSpace(etag) ? null : etag.Trim(), response.Content.Headers.LastModified);
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return new FetchResult(status, true, null, validators.IsEmpty ? sent ?? validators : validators, finalUri);
        }

        if (!response.IsSuccessStatusCode)
        {
            throw FetchErrors.FromStatus(url, response, _time.GetUtcNow());
        }

        var mediaType = response.Content.Headers.ContentType?.MediaType;
        if (!HtmlBytes.IsHtmlMediaType(mediaType))
        {
            throw new FetchException(FetchFailure.NotHtml, url, $"{url} answered '{mediaType}', not an HTML page.", statusCode: status);
        }

        var body = await BodyReader.ReadCappedAsync(url, response, _options.MaxResponseBytes, ct);
        if (HtmlBytes.LooksBinary(body.Span))
        {
            throw new FetchException(FetchFailure.NotHtml, url, $"{url} answered binary bytes labelled '{mediaType ?? "(no type)"}', not an HTML page.", statusCode: status);
        }

        var html = HtmlBytes.Decode(body.Span, response.Content.Headers.ContentType?.CharSet);
        return new FetchResult(status, false, html, validators, finalUri);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;

namespace FeedBot.Feeds.Scraping;

/// <summary>Turns HTTP failures into <see cref="FetchException"/>s with a message an operator can act on.</summary>
internal static class FetchErrors
{
    public static FetchException FromRequestException(Uri url, HttpRequestException ex)
    {
        if (ex.HttpRequestError == HttpRequestError.SecureConnectionError || HasInner<AuthenticationException>(ex))
        {
            return new FetchException(FetchFailure.Tls, url,
                $"The TLS handshake with {url.Host} failed for {url}: the site's certificate chain may be incomplete or untrusted. " +
                "Install the missing intermediate certificate in this machine's trust store; FeedBot never disables certificate verification.",
                ex);
        }

        if (ex.HttpRequestError == HttpRequestError.ResponseEnded || HasInner<IOException>(ex) && ex.HttpRequestError == HttpRequestError.Unknown)
        {
            return new FetchException(FetchFailure.Network, url, $"The connection to {url.Host} broke before {url} answered: {ex.Message}", ex);
        }

        return new FetchException(FetchFailure.Network, url, $"{url} could not be reached ({ex.HttpRequestError}): {ex.Message}", ex);
    }

    public static FetchException FromStatus(Uri url, HttpResponseMessage response, DateTimeOffset now)
    {
        var status = (int)response.StatusCode;
        var retryAfter = response.StatusCode is HttpStatusCode.ServiceUnavailable or HttpStatusCode.TooManyRequests
            ? RetryAfter(response.Headers.RetryAfter, now)
            : null;
        var hint = retryAfter is { } delay ? $"; it asks to retry after {delay.TotalSeconds:0} s" : "";
        return new FetchException(FetchFailure.HttpStatus, url,
            $"{url} answered HTTP {status} {response.ReasonPhrase}{hint}.", statusCode: status, retryAfter: retryAfter);
    }

    private static TimeSpan? RetryAfter(RetryConditionHeaderValue? header, DateTimeOffset now) => header switch
    {
        { Delta: { } delta } => delta,
        { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
        _ => null,
    };

    private static bool HasInner<T>(Exception ex)
        where T : Exception
    {
        for (var e = ex.InnerException; e is not null; e = e.InnerException)
        {
            if (e is T)
            {
                return true;
            }
        }

        return false;
    }
}

using System.Globalization;

namespace FeedBot.Feeds.Writing;

/// <summary>Date formats the feed formats require: UTC, except RSS, which carries Vietnam time with its offset.</summary>
public static class FeedDates
{
    /// <summary>RFC 822 (as RFC 1123 tightened it), in GMT: <c>Sun, 29 Jun 2025 21:55:00 GMT</c>.</summary>
    public static string Rfc822(DateTimeOffset time) =>
        time.UtcDateTime.ToString("ddd, dd MMM yyyy HH:mm:ss 'GMT'", CultureInfo.InvariantCulture);

    /// <summary>RFC 3339 in UTC with a Z and whole seconds: <c>2025-06-29T21:55:00Z</c>.</summary>
    public static string Rfc3339(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}

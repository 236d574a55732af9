using FeedBot.Feeds.Writing;

namespace FeedBot.Worker.Serving;

/// <summary>Where each feed lives: <c>feeds/{sourceId}.{rss|atom|json}</c> and <c>feeds.opml</c> under the base URL.</summary>
public static class FeedLinks
{
    public const string OpmlPath = "feeds.opml";

    public static string Extension(FeedFormat format) => format switch
    {
        FeedFormat.Rss => "rss",
        FeedFormat.Atom => "atom",
        _ => "json",
    };

    public static FeedFormat? ParseExtension(string extension) => extension.ToLowerInvariant() switch
    {
        "rss" => FeedFormat.Rss,
        "atom" => FeedFormat.Atom,
        "json" => FeedFormat.Json,
        _ => null,
    };

    public static Uri Feed(Uri baseUrl, string sourceId, FeedFormat format, QueryString query = default) =>
        new(baseUrl, $"feeds/{Uri.EscapeDataString(sourceId)}.{Extension(format)}{query.ToUriComponent()}");

    public static Uri Opml(Uri baseUrl) => new(baseUrl, OpmlPath);
}

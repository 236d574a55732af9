using FeedBot.Feeds.Sources;

namespace FeedBot.Feeds.Scraping;

/// <summary>Builds the URL of page N of a source's listing: page 1 is the listing URL as configured.</summary>
public static class ListingPages
{
    public static Uri UrlFor(SourceOptions source, int page)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(page, 1);
        var listing = new Uri(source.ListingUrl);
        if (page == 1)
        {
            return listing;
        }

        var query = listing.Query.TrimStart('?');
        var parts = new[] { query, source.PagingQuery ?? "", $"{Uri.EscapeDataString(source.PageParameter)}={page}" }
            .Where(p => p.Length > 0);
        return new UriBuilder(listing) { Query = string.Join('&', parts) }.Uri;
    }
}

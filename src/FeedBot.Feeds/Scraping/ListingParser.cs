using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Sources;

namespace FeedBot.Feeds.Scraping;

/// <summary>
/// Reads a listing page into items with the source's selectors. Links and images become absolute (the page's
/// <c>&lt;base&gt;</c> respected); text is plain NFC. An undatable item gets <c>nowUtc</c> and
/// <see cref="ScrapedItem.PublishedEstimated"/>. A page with no items is a <see cref="ScrapeException"/>.
/// </summary>
public sealed class ListingParser
{
    private readonly HtmlParser _parser = new();
    private readonly SiteDateParser _dates;

    public ListingParser(SiteDateParser dates)
    {
        _dates = dates;
    }

    public IReadOnlyList<ScrapedItem> Parse(string html, Uri pageUrl, SourceOptions source, DateTimeOffset nowUtc)
    {
        using var document = PageDocument.Parse(_parser, html);
        var baseUri = PageDocument.BaseUri(document, pageUrl);
        var selectors = source.Selectors;
        var elements = document.QuerySelectorAll(selectors.Item);
        var items = new List<ScrapedItem>(elements.Length);
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in elements)
        {
            if (ParseItem(element, baseUri, source, nowUtc) is { } item && keys.Add(item.Key))
            {
                items.Add(item);
            }
        }

        if (items.Count == 0)
        {
            var detail = elements.Length == 0
                ? "no element matched"
                : $"{elements.Length} element(s) matched but none had a title ('{selectors.Title}') and an http(s) link ('{selectors.Link}')";
            throw new ScrapeException(
                $"The page {pageUrl} parsed to zero items with selector '{selectors.Item}' ({detail}) for source '{source.Id}': " +
                "the layout changed or the site shows a maintenance page. Check FeedBot:Sources:N:Selectors.");
        }

        return items;
    }

    private ScrapedItem? ParseItem(IElement element, Uri baseUri, SourceOptions source, DateTimeOffset nowUtc)
    {
        var selectors = source.Selectors;
        var title = PageDocument.Text(element, selectors.Title);
        var identity = ItemIdentity.From(LinkHref(element, selectors.Link), baseUri, source);
        if (title is null || identity is null)
        {
            return null;
        }

        var published = _dates.Parse(PageDocument.Text(element, selectors.Date), source);
        return new ScrapedItem(
            identity.Key,
            identity.Link.AbsoluteUri,
            title,
            PageDocument.Text(element, selectors.Summary),
            ImageUrl(element, selectors.Image, baseUri),
            published ?? nowUtc,
            published is null);
    }

    /// <summary>The link selector may point at the anchor or at an element holding it.</summary>
    private static string? LinkHref(IElement element, string selector)
    {
        var link = element.QuerySelector(selector);
        return link?.GetAttribute("href") ?? link?.QuerySelector("a[href]")?.GetAttribute("href");
    }

    private static string? ImageUrl(IElement element, string? selector, Uri baseUri)
    {
        if (string.IsNullOrWhiteSpace(selector) || element.QuerySelector(selector) is not { } img)
        {
            return null;
        }

        return HtmlSanitizer.ImageSource(img, baseUri)?.AbsoluteUri;
    }
}

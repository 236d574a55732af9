using AngleSharp.Html.Parser;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Sources;

namespace FeedBot.Feeds.Scraping;

/// <summary>
/// Reads an article page: the <c>Selectors:Detail:Body</c> element, minus the <c>Detail:Remove</c> selectors
/// (related news, share bars, polls), sanitized; and the title and date when the page shows them.
/// </summary>
public sealed class ArticleParser
{
    private readonly HtmlParser _parser = new();
    private readonly SiteDateParser _dates;
    private readonly HtmlSanitizer _sanitizer;

    public ArticleParser(SiteDateParser dates, HtmlSanitizer sanitizer)
    {
        _dates = dates;
        _sanitizer = sanitizer;
    }

    public ArticleContent Parse(string html, Uri pageUrl, SourceOptions source)
    {
        var detail = source.Selectors.Detail;
        using var document = PageDocument.Parse(_parser, html);
        var body = document.QuerySelector(detail.Body)
            ?? throw new ScrapeException(
                $"The article page {pageUrl} has no body matching selector '{detail.Body}' for source '{source.Id}' " +
                "(layout changed or maintenance page). Check FeedBot:Sources:N:Selectors:Detail:Body.");

        foreach (var selector in detail.Remove.Where(s => !string.IsNullOrWhiteSpace(s)))
        {
            foreach (var unwanted in body.QuerySelectorAll(selector).ToList())
            {
                unwanted.Remove();
            }
        }

        var root = document.DocumentElement;
        var bodyHtml = _sanitizer.Sanitize(body, PageDocument.BaseUri(document, pageUrl));
        var title = PageDocument.Text(root, detail.Title);
        var published = _dates.Parse(PageDocument.Text(root, detail.Date), source);
        return new ArticleContent(bodyHtml, title, published);
    }
}

using System.Text;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Writing;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Serving;

/// <summary>
/// The Vietnamese home page, one self-contained HTML document (inline CSS, no scripts, fonts or outside resources):
/// the search (the feeds' <c>q</c>) with its results, the people, each source's latest items in Vietnam time, and the
/// subscribe links (feeds, OPML, Telegram), plus <c>&lt;link rel="alternate"&gt;</c> autodiscovery for every feed. Every
/// text and attribute value goes through <see cref="HtmlEscaping"/>, so markup in a title or summary shows as text.
/// </summary>
public sealed class HomePageWriter(IEnumerable<IFeedWriter> writers, IOptions<FeedOptions> options)
{
    public const string MediaType = "text/html; charset=utf-8";

    private readonly Dictionary<FeedFormat, string> _mediaTypes = writers.ToDictionary(w => w.Format, w => w.MediaType);

    public byte[] Write(HomePage page)
    {
        var html = new StringBuilder(16 * 1024);
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"color-scheme\" content=\"light\">\n")
            .Append("<link rel=\"icon\" type=\"").Append(HomeIcon.MediaType).Append("\" href=\"")
            .Append(HtmlEscaping.Attribute(new Uri(page.BaseUrl, HomeIcon.Path).AbsoluteUri)).Append("\">\n")
            .Append("<title>").Append(HtmlEscaping.Text(Title(page))).Append("</title>\n");
        foreach (var section in page.Sections)
        {
            AppendAutodiscovery(html, section, page.BaseUrl);
        }

        AppendPeopleAutodiscovery(html, page);

        html.Append("<style>\n").Append(HomeStyles.Css).Append("\n</style>\n</head>\n<body>\n<header>\n<h1>").Append(HomeTexts.Heading)
            .Append("</h1>\n<p class=\"muted\">").Append(HtmlEscaping.Text(HomeTexts.Intro)).Append("</p>\n</header>\n<main>\n");
        HomeSearchWriter.Append(html, page, options.Value);
        HomePeopleWriter.Append(html, page);
        AppendLatest(html, page);
        HomeSubscribeWriter.Append(html, page);
        html.Append("</main>\n<footer>\n<p class=\"muted\">").Append(HtmlEscaping.Text(HomeTexts.Footer)).Append("</p>\n</footer>\n</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private static string Title(HomePage page) => page.Search.IsActive
        ? $"{HomeTexts.Format(HomeTexts.ResultsHeading, page.Search.Filter.Text)} – FeedBot"
        : HomeTexts.PageTitle;

    private void AppendAutodiscovery(StringBuilder html, HomeSection section, Uri baseUrl)
    {
        foreach (var (format, label) in HomeSubscribeWriter.Formats)
        {
            html.Append("<link rel=\"alternate\" type=\"").Append(_mediaTypes[format])
                .Append("\" title=\"").Append(HtmlEscaping.Attribute($"{section.Source.Title} ({label})"))
                .Append("\" href=\"").Append(HtmlEscaping.Attribute(FeedLinks.Feed(baseUrl, section.Source.Id, format).AbsoluteUri)).Append("\">\n");
        }
    }

    /// <summary>Each person's RSS feed of each source (their Atom and JSON feeds are linked in the people section).</summary>
    private void AppendPeopleAutodiscovery(StringBuilder html, HomePage page)
    {
        foreach (var section in page.Sections)
        {
            foreach (var person in page.People)
            {
                var feed = FeedLinks.Feed(page.BaseUrl, section.Source.Id, FeedFormat.Rss, QueryString.Create("person", person.Id));
                html.Append("<link rel=\"alternate\" type=\"").Append(_mediaTypes[FeedFormat.Rss])
                    .Append("\" title=\"").Append(HtmlEscaping.Attribute($"{section.Source.Title}: {person.Name} (RSS)"))
                    .Append("\" href=\"").Append(HtmlEscaping.Attribute(feed.AbsoluteUri)).Append("\">\n");
            }
        }
    }

    private void AppendLatest(StringBuilder html, HomePage page)
    {
        html.Append("<section aria-labelledby=\"tin-moi\">\n<h2 id=\"tin-moi\">").Append(HomeTexts.LatestHeading).Append("</h2>\n");
        foreach (var section in page.Sections)
        {
            var source = section.Source;
            var home = FeedRenderer.HomePage(source, page.BaseUrl);
            html.Append("<section class=\"card source\">\n<h3>").Append(HtmlEscaping.Text(source.Title)).Append("</h3>\n");
            if (FeedText.Plain(source.Description) is { } description)
            {
                html.Append("<p class=\"muted\">").Append(HtmlEscaping.Text(description)).Append("</p>\n");
            }

            var latest = section.Items.Take(options.Value.HomePageItems).Select(i => new HomeResult(source, i)).ToList();
            if (latest.Count == 0)
            {
                html.Append("<p>").Append(HomeTexts.NoItems).Append("</p>\n");
            }
            else
            {
                HomeItemList.Append(html, latest, showSource: false);
            }

            html.Append("<p class=\"muted\">").Append(HomeTexts.SourceLink).Append("<a href=\"").Append(HtmlEscaping.Attribute(home.AbsoluteUri)).Append("\">")
                .Append(HtmlEscaping.Text(home.Host)).Append("</a></p>\n</section>\n");
        }

        html.Append("</section>\n");
    }
}

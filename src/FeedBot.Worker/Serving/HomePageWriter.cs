using System.Globalization;
using System.Text;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Writing;

namespace FeedBot.Worker.Serving;

/// <summary>
/// The Vietnamese home page: every source with its latest items (title, Vietnam time, summary) and its three feed
/// links, plus <c>&lt;link rel="alternate"&gt;</c> autodiscovery for every feed. Every text and attribute value goes through
/// <see cref="HtmlEscaping"/>, so markup in a title or summary from the site shows as text.
/// </summary>
public sealed class HomePageWriter(IEnumerable<IFeedWriter> writers)
{
    public const string MediaType = "text/html; charset=utf-8";

    private static readonly (FeedFormat Format, string Label)[] Formats =
        [(FeedFormat.Rss, "RSS"), (FeedFormat.Atom, "Atom"), (FeedFormat.Json, "JSON Feed")];

    private readonly Dictionary<FeedFormat, string> _mediaTypes = writers.ToDictionary(w => w.Format, w => w.MediaType);

    public byte[] Write(IReadOnlyList<HomeSection> sections, Uri baseUrl)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>FeedBot: tin tức dạng RSS, Atom và JSON Feed</title>\n");
        foreach (var section in sections)
        {
            AppendAutodiscovery(html, section, baseUrl);
        }

        html.Append("</head>\n<body>\n<h1>FeedBot</h1>\n")
            .Append("<p>Đăng ký các nguồn tin dưới đây bằng trình đọc tin (Feedly, Inoreader, Thunderbird, newsboat…), ")
            .Append("hoặc nhập tất cả cùng lúc bằng <a href=\"").Append(Attr(FeedLinks.Opml(baseUrl).AbsoluteUri))
            .Append("\">danh sách OPML</a>.</p>\n");
        foreach (var section in sections)
        {
            AppendSection(html, section, baseUrl);
        }

        html.Append("</body>\n</html>\n");
        return Encoding.UTF8.GetBytes(html.ToString());
    }

    private void AppendAutodiscovery(StringBuilder html, HomeSection section, Uri baseUrl)
    {
        foreach (var (format, label) in Formats)
        {
            html.Append("<link rel=\"alternate\" type=\"").Append(_mediaTypes[format])
                .Append("\" title=\"").Append(Attr($"{section.Source.Title} ({label})"))
                .Append("\" href=\"").Append(Attr(FeedLinks.Feed(baseUrl, section.Source.Id, format).AbsoluteUri)).Append("\">\n");
        }
    }

    private static void AppendSection(StringBuilder html, HomeSection section, Uri baseUrl)
    {
        var source = section.Source;
        html.Append("<section>\n<h2>").Append(Text(source.Title)).Append("</h2>\n");
        if (FeedText.Plain(source.Description) is { } description)
        {
            html.Append("<p>").Append(Text(description)).Append("</p>\n");
        }

        html.Append("<p>Nguồn: <a href=\"").Append(Attr(FeedRenderer.HomePage(source, baseUrl).AbsoluteUri)).Append("\">")
            .Append(Text(FeedRenderer.HomePage(source, baseUrl).Host)).Append("</a>. Đăng ký:");
        foreach (var (format, label) in Formats)
        {
            html.Append(" <a href=\"").Append(Attr(FeedLinks.Feed(baseUrl, source.Id, format).AbsoluteUri)).Append("\">")
                .Append(label).Append("</a>");
        }

        html.Append("</p>\n");
        AppendItems(html, section);
        html.Append("</section>\n");
    }

    private static void AppendItems(StringBuilder html, HomeSection section)
    {
        if (section.Items.Count == 0)
        {
            html.Append("<p>Chưa có tin nào.</p>\n");
            return;
        }

        var zone = DisplayZone(section.Source.DisplayTimeZone);
        html.Append("<ul>\n");
        foreach (var item in section.Items)
        {
            var local = TimeZoneInfo.ConvertTime(item.PublishedUtc, zone);
            html.Append("<li><a href=\"").Append(Attr(FeedText.HttpUrl(item.Link)?.AbsoluteUri ?? "#")).Append("\">")
                .Append(Text(FeedText.Plain(item.Title) ?? "")).Append("</a> <time datetime=\"")
                .Append(FeedDates.Rfc3339(item.PublishedUtc)).Append("\">")
                .Append(local.ToString("HH:mm, dd/MM/yyyy", CultureInfo.InvariantCulture)).Append(" (giờ Việt Nam)</time>");
            if (FeedText.Plain(item.Summary) is { } summary)
            {
                html.Append("<p>").Append(Text(summary)).Append("</p>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static TimeZoneInfo DisplayZone(string id) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.CreateCustomTimeZone("UTC+7", TimeSpan.FromHours(7), "UTC+7", "UTC+7");

    private static string Text(string text) => HtmlEscaping.Text(text);

    private static string Attr(string value) => HtmlEscaping.Attribute(value);
}

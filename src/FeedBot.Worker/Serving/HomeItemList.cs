using FeedBot.Feeds.Text;
using System.Text;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Writing;
using FeedBot.Worker.Telegram.Formatting;

namespace FeedBot.Worker.Serving;

/// <summary>A list of items on the home page: the title linking to the article, the Vietnam time, optionally the source, the summary.</summary>
internal static class HomeItemList
{
    public static void Append(StringBuilder html, IEnumerable<HomeResult> results, bool showSource)
    {
        html.Append("<ol class=\"items\">\n");
        foreach (var (source, item) in results)
        {
            html.Append("<li><a class=\"t\" href=\"").Append(HtmlEscaping.Attribute(FeedText.HttpUrl(item.Link)?.AbsoluteUri ?? "#")).Append("\">")
                .Append(HtmlEscaping.Text(FeedText.Plain(item.Title) ?? "")).Append("</a>")
                .Append("<div class=\"meta\"><time datetime=\"").Append(FeedDates.Rfc3339(item.PublishedUtc)).Append("\">")
                .Append(VietnamTime.Format(item.PublishedUtc, "vi")).Append("</time>");
            if (showSource)
            {
                html.Append(" · ").Append(HtmlEscaping.Text(source.Title));
            }

            html.Append("</div>");
            if (FeedText.Plain(item.Summary) is { } summary)
            {
                html.Append("<p>").Append(HtmlEscaping.Text(summary)).Append("</p>");
            }

            html.Append("</li>\n");
        }

        html.Append("</ol>\n");
    }
}

using System.Text;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Writing;

namespace FeedBot.Worker.Serving;

/// <summary>Subscribe links: every source's RSS, Atom and JSON Feed, the OPML list and, when the bot is on, a
/// <c>https://t.me/&lt;bot&gt;?start=&lt;source&gt;</c> deep link per enabled source (the bot's /start subscribes to it).</summary>
internal static class HomeSubscribeWriter
{
    public static readonly (FeedFormat Format, string Label)[] Formats =
        [(FeedFormat.Rss, "RSS"), (FeedFormat.Atom, "Atom"), (FeedFormat.Json, "JSON Feed")];

    public static void Append(StringBuilder html, HomePage page)
    {
        html.Append("<section class=\"card\" aria-labelledby=\"dang-ky\">\n<h2 id=\"dang-ky\">").Append(HomeTexts.SubscribeHeading).Append("</h2>\n")
            .Append("<p>").Append(HtmlEscaping.Text(HomeTexts.SubscribeIntro)).Append("<a href=\"")
            .Append(HtmlEscaping.Attribute(FeedLinks.Opml(page.BaseUrl).AbsoluteUri)).Append("\">").Append(HomeTexts.Opml).Append("</a>.</p>\n");
        foreach (var section in page.Sections)
        {
            var source = section.Source;
            html.Append("<h3>").Append(HtmlEscaping.Text(source.Title)).Append("</h3>\n<ul class=\"links\">\n");
            foreach (var (format, label) in Formats)
            {
                html.Append("<li><a href=\"").Append(HtmlEscaping.Attribute(FeedLinks.Feed(page.BaseUrl, source.Id, format).AbsoluteUri)).Append("\">")
                    .Append(label).Append("</a></li>\n");
            }

            if (TelegramStart(page.BotUsername, source.Id, source.Enabled) is { } telegram)
            {
                html.Append("<li><a class=\"tg\" href=\"").Append(HtmlEscaping.Attribute(telegram.AbsoluteUri)).Append("\" title=\"")
                    .Append(HtmlEscaping.Attribute(HomeTexts.Format(HomeTexts.TelegramAbout, page.BotUsername!))).Append("\">")
                    .Append(HomeTexts.Telegram).Append("</a></li>\n");
            }

            html.Append("</ul>\n");
        }

        html.Append("</section>\n");
    }

    /// <summary>The bot's deep link that subscribes to the source, or null when the bot is off or the source is disabled
    /// (the bot offers only enabled sources).</summary>
    public static Uri? TelegramStart(string? botUsername, string sourceId, bool enabled) =>
        string.IsNullOrEmpty(botUsername) || !enabled
            ? null
            : new Uri($"https://t.me/{Uri.EscapeDataString(botUsername)}?start={Uri.EscapeDataString(sourceId)}");
}

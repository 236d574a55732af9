using System.Globalization;
using System.Text;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Writing;

namespace FeedBot.Worker.Serving;

/// <summary>The home page's search: a GET form to the page itself with a labelled <c>q</c>, then the results or the problem.</summary>
internal static class HomeSearchWriter
{
    public static void Append(StringBuilder html, HomePage page, FeedOptions options)
    {
        var search = page.Search;
        var describedBy = search.IsInvalid ? "q-error q-hint" : "q-hint";
        html.Append("<section class=\"card\" aria-labelledby=\"tim-kiem\">\n<h2 id=\"tim-kiem\">").Append(HomeTexts.SearchHeading).Append("</h2>\n")
            .Append("<form method=\"get\" action=\"").Append(HtmlEscaping.Attribute(page.BaseUrl.AbsoluteUri)).Append("\" role=\"search\">\n")
            .Append("<label for=\"q\">").Append(HomeTexts.SearchLabel).Append("</label>\n<div class=\"row\">")
            .Append("<input type=\"search\" id=\"q\" name=\"q\" value=\"").Append(HtmlEscaping.Attribute(search.Filter.Text))
            .Append("\" maxlength=\"").Append(options.MaxQueryLength.ToString(CultureInfo.InvariantCulture))
            .Append("\" autocomplete=\"off\" enterkeyhint=\"search\" aria-describedby=\"").Append(describedBy).Append('"')
            .Append(search.IsInvalid ? " aria-invalid=\"true\"" : "").Append('>')
            .Append("<button type=\"submit\">").Append(HomeTexts.SearchButton).Append("</button></div>\n")
            .Append("<p id=\"q-hint\" class=\"muted\">").Append(HtmlEscaping.Text(HomeTexts.SearchHint)).Append("</p>\n</form>\n");
        if (search.IsInvalid)
        {
            html.Append("<p id=\"q-error\" class=\"error\" role=\"alert\">")
                .Append(HtmlEscaping.Text(HomeTexts.Format(HomeTexts.BadQuery, options.MaxQueryLength))).Append("</p>\n");
        }
        else if (search.IsActive)
        {
            AppendResults(html, page, options);
        }

        html.Append("</section>\n");
    }

    private static void AppendResults(StringBuilder html, HomePage page, FeedOptions options)
    {
        var (shown, matched) = page.Search.Run(page.Sections, options.HomeSearchResults);
        html.Append("<div id=\"ket-qua\">\n<h3>").Append(HtmlEscaping.Text(HomeTexts.Format(HomeTexts.ResultsHeading, page.Search.Filter.Text))).Append("</h3>\n");
        if (matched == 0)
        {
            html.Append("<p>").Append(HtmlEscaping.Text(HomeTexts.NoResults)).Append("</p>\n");
        }
        else
        {
            html.Append("<p class=\"muted\">").Append(HtmlEscaping.Text(HomeTexts.Format(HomeTexts.ResultsCount, matched, options.FilterWindow))).Append("</p>\n");
            HomeItemList.Append(html, shown, showSource: true);
            if (matched > shown.Count)
            {
                html.Append("<p class=\"muted\">").Append(HtmlEscaping.Text(HomeTexts.Format(HomeTexts.ResultsMore, shown.Count))).Append("</p>\n");
            }
        }

        AppendSearchFeeds(html, page);
        html.Append("<p><a href=\"").Append(HtmlEscaping.Attribute(page.BaseUrl.AbsoluteUri)).Append("\">")
            .Append(HomeTexts.ClearSearch).Append("</a></p>\n</div>\n");
    }

    /// <summary>The same search as each source's RSS feed (<c>?q=</c>), so a reader can follow it.</summary>
    private static void AppendSearchFeeds(StringBuilder html, HomePage page)
    {
        var query = QueryString.Create("q", page.Search.Filter.Text);
        html.Append("<p class=\"muted\">").Append(HomeTexts.SearchFeeds).Append("</p>\n<ul class=\"plain\">\n");
        foreach (var section in page.Sections)
        {
            html.Append("<li><a href=\"").Append(HtmlEscaping.Attribute(FeedLinks.Feed(page.BaseUrl, section.Source.Id, FeedFormat.Rss, query).AbsoluteUri))
                .Append("\">RSS: ").Append(HtmlEscaping.Text(section.Source.Title)).Append("</a></li>\n");
        }

        html.Append("</ul>\n");
    }
}

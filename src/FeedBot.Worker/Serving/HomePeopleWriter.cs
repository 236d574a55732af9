using System.Text;
using FeedBot.Feeds.People;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Sources;

namespace FeedBot.Worker.Serving;

/// <summary>
/// The people of <c>FeedBot:People</c>: each one's name and role, linking to the page's search for the name, and their
/// own feeds (RSS, Atom, JSON Feed with <c>?person=</c>) of every source, the source named when there are several.
/// Nothing is written when no people are configured.
/// </summary>
internal static class HomePeopleWriter
{
    public static void Append(StringBuilder html, HomePage page)
    {
        if (page.People.Count == 0)
        {
            return;
        }

        html.Append("<section class=\"card\" aria-labelledby=\"lanh-dao\">\n<h2 id=\"lanh-dao\">").Append(HomeTexts.PeopleHeading).Append("</h2>\n")
            .Append("<p class=\"muted\">").Append(HomeTexts.PeopleIntro).Append("</p>\n<ul class=\"people\">\n");
        foreach (var person in page.People)
        {
            var search = new Uri(page.BaseUrl, QueryString.Create("q", person.Name).ToUriComponent());
            html.Append("<li>\n<a class=\"p\" href=\"").Append(HtmlEscaping.Attribute(search.AbsoluteUri)).Append("\">").Append(HtmlEscaping.Text(person.Name));
            if (!string.IsNullOrWhiteSpace(person.Role))
            {
                html.Append("<span class=\"role\">").Append(HtmlEscaping.Text(person.Role)).Append("</span>");
            }

            html.Append("</a>\n");
            foreach (var section in page.Sections)
            {
                AppendFeeds(html, page, person, section.Source);
            }

            html.Append("</li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }

    private static void AppendFeeds(StringBuilder html, HomePage page, PersonOptions person, SourceOptions source)
    {
        var several = page.Sections.Count > 1;
        if (several)
        {
            html.Append("<p class=\"muted\">").Append(HtmlEscaping.Text(source.Title)).Append("</p>\n");
        }

        html.Append("<ul class=\"links\">\n");
        foreach (var (format, label) in HomeSubscribeWriter.Formats)
        {
            var feed = FeedLinks.Feed(page.BaseUrl, source.Id, format, QueryString.Create("person", person.Id));
            var name = several
                ? HomeTexts.Format(HomeTexts.PersonFeedOfSource, label, person.Name, source.Title)
                : HomeTexts.Format(HomeTexts.PersonFeed, label, person.Name);
            html.Append("<li><a href=\"").Append(HtmlEscaping.Attribute(feed.AbsoluteUri)).Append("\" aria-label=\"").Append(HtmlEscaping.Attribute(name))
                .Append("\">").Append(label).Append("</a></li>\n");
        }

        html.Append("</ul>\n");
    }
}

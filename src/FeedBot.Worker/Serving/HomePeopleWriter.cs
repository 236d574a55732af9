using System.Text;
using FeedBot.Feeds.Sanitizing;

namespace FeedBot.Worker.Serving;

/// <summary>
/// The people of <c>FeedBot:People</c>, each linking to the page's own search for their name (per-person feeds come
/// with issue 12's <c>?person=</c>). Nothing is written when no people are configured.
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
            .Append("<p class=\"muted\">").Append(HomeTexts.PeopleIntro).Append("</p>\n<ul class=\"chips\">\n");
        foreach (var person in page.People)
        {
            var search = new Uri(page.BaseUrl, QueryString.Create("q", person.Name).ToUriComponent());
            html.Append("<li><a href=\"").Append(HtmlEscaping.Attribute(search.AbsoluteUri)).Append("\">").Append(HtmlEscaping.Text(person.Name));
            if (!string.IsNullOrWhiteSpace(person.Role))
            {
                html.Append("<span class=\"role\">").Append(HtmlEscaping.Text(person.Role)).Append("</span>");
            }

            html.Append("</a></li>\n");
        }

        html.Append("</ul>\n</section>\n");
    }
}

using System.Net;
using System.Text;

namespace FeedBot.Testing.Builders;

/// <summary>
/// Writes listing and article pages in the markup of moh.gov.vn's Liferay asset publisher (as reconstructed in the
/// site sample), so that tests can change items between polls.
/// </summary>
public static class LiferayPageBuilder
{
    public const string Instance = "TW6LTp1ZtwaN";

    public static string Listing(IEnumerable<ListingEntry> entries, string listingPath = "/hoat-dong-cua-lanh-dao-bo")
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html lang=\"vi-VN\"><head><meta charset=\"utf-8\"><title>Hoạt Động Của Lãnh Đạo Bộ</title></head><body>");
        html.Append($"<div class=\"portlet-boundary portlet-asset-publisher\" id=\"p_p_id_101_INSTANCE_{Instance}_\"><div class=\"list-news\">");
        foreach (var e in entries)
        {
            var link = WebUtility.HtmlEncode($"{listingPath}/-/asset_publisher/{Instance}/content/{e.Slug}?inheritRedirect=false&redirect=https%3A%2F%2Fmoh.gov.vn%2Fhoat-dong-cua-lanh-dao-bo");
            var image = e.Image is null ? "" : $"<img alt=\"\" class=\"img-responsive\" src=\"{WebUtility.HtmlEncode(e.Image)}\" />";
            html.Append("<div class=\"row news-item\">")
                .Append($"<div class=\"span4 img-news\"><a href=\"{link}\">{image}</a></div>")
                .Append($"<div class=\"span8 content-news\"><h3 class=\"title-news\"><a href=\"{link}\">{WebUtility.HtmlEncode(e.Title)}</a></h3>")
                .Append($"<div class=\"meta-news\"><span class=\"time-news\">{WebUtility.HtmlEncode(e.Date)}</span>")
                .Append($"<span class=\"sapo-news\">{WebUtility.HtmlEncode(e.Summary)}</span></div></div></div>");
        }

        html.Append("</div></div><div class=\"portlet-polls-display\">Thăm dò ý kiến</div></body></html>");
        return html.ToString();
    }

    /// <summary>An article page: title, date (<c>12/02/2025 | 08:11 AM</c>), body paragraphs, related news.</summary>
    public static string Article(string title, string date, params string[] paragraphsHtml)
    {
        var body = string.Concat(paragraphsHtml.Select(p => $"<p>{p}</p>"));
        return "<!DOCTYPE html><html lang=\"vi-VN\"><head><meta charset=\"utf-8\"><title>x</title></head><body>"
            + "<div class=\"portlet-boundary portlet-asset-publisher\" id=\"p_p_id_101_INSTANCE_3Yst7YhbkA5j_\"><div class=\"asset-full-content\">"
            + $"<div class=\"header-news\"><div class=\"title-news\"><h3>{WebUtility.HtmlEncode(title)}</h3></div>"
            + $"<div class=\"meta-news\"><div class=\"time-news\"><p>{WebUtility.HtmlEncode(date)}</p></div><div class=\"print-news\"> | <a href=\"javascript:print();\">In bài viết</a></div></div></div>"
            + $"<div class=\"asset-content\" id=\"_101_INSTANCE_3Yst7YhbkA5j_1\"><div class=\"journal-content-article\">{body}</div></div>"
            + "<div class=\"related-news\"><h4>Tin liên quan</h4><ul><li><a href=\"/x\">Khác</a></li></ul></div>"
            + "</div></div></body></html>";
    }
}

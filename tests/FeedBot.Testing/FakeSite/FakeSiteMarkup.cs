using System.Net;
using System.Text;

namespace FeedBot.Testing.FakeSite;

/// <summary>Renders listing and article pages in the markup of moh.gov.vn (see Fixtures/site and the site notes).</summary>
internal static class FakeSiteMarkup
{
    public static string Listing(FakeListing listing, IReadOnlyList<FakeArticle> items, int page, Uri siteBase)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"vi-VN\"><head><meta charset=\"utf-8\" /><title>Hoạt Động Của Lãnh Đạo Bộ</title></head><body>\n")
            .Append($"<div class=\"portlet-boundary portlet-boundary_101_ portlet-asset-publisher\" id=\"p_p_id_101_INSTANCE_{listing.InstanceId}_\">\n")
            .Append("<div class=\"portlet-body\"><div class=\"list-news\">\n");
        foreach (var item in items)
        {
            var link = E(ArticleLink(listing, item.Slug, page, siteBase));
            var image = item.ImagePath is null ? "" : $"<div class=\"span4 img-news\"><a href=\"{link}\"><img alt=\"\" src=\"{E(item.ImagePath)}\" /></a></div>";
            html.Append("<div class=\"row news-item\">").Append(image)
                .Append($"<div class=\"span8 content-news\"><h3 class=\"title-news\"><a href=\"{link}\">{E(item.Title)}</a></h3>")
                .Append($"<div class=\"meta-news\"><span class=\"time-news\">{E(item.DateText)}</span>")
                .Append($"<span class=\"sapo-news\">{E(item.Summary ?? "")}</span></div></div></div>\n");
        }

        return html.Append("</div></div></div>\n</body></html>\n").ToString();
    }

    public static string Article(FakeArticle item) =>
        "<!DOCTYPE html>\n<html lang=\"vi-VN\"><head><meta charset=\"utf-8\" /><title>" + E(item.Title) + "</title></head><body>\n" +
        "<div class=\"portlet-boundary portlet-asset-publisher\" id=\"p_p_id_101_INSTANCE_3Yst7YhbkA5j_\"><div class=\"asset-full-content\">\n" +
        $"<div class=\"header-news\"><div class=\"title-news\"><h3>{E(item.Title)}</h3></div>" +
        $"<div class=\"meta-news\"><div class=\"time-news\"><p>{E(item.ArticleDateText)}</p></div></div></div>\n" +
        $"<div class=\"asset-content\" id=\"_101_INSTANCE_3Yst7YhbkA5j_1\"><div class=\"journal-content-article\">{item.BodyHtml}</div></div>\n" +
        "<div class=\"related-news\"><h4>Tin liên quan</h4><ul><li><a href=\"/\">Other</a></li></ul></div>\n" +
        "</div></div>\n</body></html>\n";

    /// <summary>A Liferay-style article link, with the redirect noise the real site adds.</summary>
    public static string ArticleLink(FakeListing listing, string slug, int page, Uri siteBase)
    {
        var listingUrl = new Uri(siteBase, listing.Path).AbsoluteUri + $"?{listing.PageParameter}={page}";
        return $"{listing.Path.TrimEnd('/')}/-/asset_publisher/{listing.InstanceId}/content/{slug}" +
            $"?inheritRedirect=false&redirect={Uri.EscapeDataString(listingUrl)}";
    }

    private static string E(string text) => WebUtility.HtmlEncode(text);
}

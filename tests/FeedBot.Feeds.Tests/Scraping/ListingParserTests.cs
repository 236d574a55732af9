using FeedBot.Feeds.Model;
using FeedBot.Feeds.Scraping;
using FeedBot.Testing.Builders;

namespace FeedBot.Feeds.Tests.Scraping;

public sealed class ListingParserTests
{
    private const string Publisher = "https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo/-/asset_publisher/TW6LTp1ZtwaN/content/";
    private static readonly Uri Page1 = new("https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo");
    private static readonly Uri Page2 = new("https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo?p_p_id=101_INSTANCE_TW6LTp1ZtwaN&_101_INSTANCE_TW6LTp1ZtwaN_cur=2");
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);
    private readonly ListingParser _parser = new(new SiteDateParser());
    private readonly Feeds.Sources.SourceOptions _source = SourceOptionsBuilder.MohLeadership().Build();

    [Fact]
    public void Parse_VietnamesePage1_TenItemsWithExactFirstAndLast()
    {
        var items = Parse("listing-vi-page1.html", Page1);

        Assert.Equal(10, items.Count);
        Assert.Equal(
            new ScrapedItem(
                "bo-y-te-tang-cuong-au-tu-ha-tang-thiet-bi-hien-ai-tai-cac-trung-tam-y-khoa-lon-trong-linh-vuc-ien-qu",
                Publisher + "bo-y-te-tang-cuong-au-tu-ha-tang-thiet-bi-hien-ai-tai-cac-trung-tam-y-khoa-lon-trong-linh-vuc-ien-qu",
                "Bộ Y tế tăng cường đầu tư hạ tầng thiết bị hiện đại tại các trung tâm y khoa lớn trong lĩnh vực điện quang can thiệp",
                "Hội nghị khoa học Điện quang can thiệp Châu Á - Thái Bình Dương lần thứ XIX được tổ chức tại Đà Nẵng vào hôm nay 25/4, có sự tham dự của hơn 1.200 đại biểu đến từ 60 quốc gia và vùng lãnh thổ....",
                "https://moh.gov.vn/documents/20182/1000000/bo-y-te-tang-cuong-a.jpg/00000000-a1b2-4c3d-9e8f-0123456789ab?t=1700000000000",
                new DateTimeOffset(2025, 4, 26, 1, 0, 0, TimeSpan.Zero)),
            items[0]);
        Assert.Equal(
            new ScrapedItem(
                "thu-truong-bo-y-te-moi-nguoi-dan-uoc-kham-suc-khoe-inh-ky-huong-en-muc-tieu-mien-vien-phi-toan-dan",
                Publisher + "thu-truong-bo-y-te-moi-nguoi-dan-uoc-kham-suc-khoe-inh-ky-huong-en-muc-tieu-mien-vien-phi-toan-dan",
                "Thứ trưởng Bộ Y tế: 'Mỗi người dân được khám sức khoẻ định kỳ, hướng đến mục tiêu miễn viện phí toàn dân'",
                "Đó là nhấn mạnh của GS.TS. Trần Văn Thuấn - Chủ tịch Hội đồng Y khoa Quốc gia, Thứ trưởng Bộ Y tế tại Hội nghị thường niên CLB Giám đốc BV các tỉnh phía Bắc diễn ra ngày 19/4/2025 tại Hải Dương với...",
                "https://moh.gov.vn/documents/20182/1000009/thu-truong-bo-y-te-m.jpg/00000009-a1b2-4c3d-9e8f-0123456789ab?t=1700000000009",
                new DateTimeOffset(2025, 4, 19, 13, 15, 0, TimeSpan.Zero)),
            items[^1]);
        Assert.Equal(10, items.Select(i => i.Key).Distinct().Count());
        Assert.All(items, i => Assert.False(i.PublishedEstimated));
    }

    [Fact]
    public void Parse_VietnamesePage2_TenItemsFirstAndLastDates()
    {
        var items = Parse("listing-vi-page2.html", Page2);

        Assert.Equal(10, items.Count);
        Assert.Equal("Hội nghị quán triệt kết luận 132- KL/TW của Bộ Chính trị", items[0].Title);
        Assert.Equal("hoi-nghi-quan-triet-ket-luan-132-kl-tw-cua-bo-chinh-tri", items[0].Key);
        Assert.Equal(new DateTimeOffset(2025, 4, 18, 5, 45, 0, TimeSpan.Zero), items[0].PublishedUtc);
        Assert.Equal("Tiếp tục đẩy mạnh giải ngân vốn đầu tư công năm 2025", items[^1].Title);
        Assert.Equal(Publisher + "tiep-tuc-ay-manh-giai-ngan-von-au-tu-cong-nam-2025", items[^1].Link);
        Assert.Equal(new DateTimeOffset(2025, 4, 15, 0, 0, 0, TimeSpan.Zero), items[^1].PublishedUtc);
    }

    [Fact]
    public void Parse_EnglishLocalePage_TwentyItemsNoSummaryAndSundayCaseInUtc()
    {
        var items = Parse("listing-en-page1.html", Page1);

        Assert.Equal(20, items.Count);
        Assert.Equal("Bộ trưởng Bộ Y tế Đào Hồng Lan tham dự Hội nghị tiếp xúc cử tri chuyên đề tại Bắc Ninh", items[0].Title);
        Assert.Equal(new DateTimeOffset(2025, 7, 5, 14, 25, 0, TimeSpan.Zero), items[0].PublishedUtc);
        Assert.Equal("Bộ Y tế trao Quyết định bổ nhiệm lãnh đạo Trung tâm Điều dưỡng Phục hồi chức năng tâm thần Việt Trì", items[^1].Title);
        Assert.Equal(new DateTimeOffset(2025, 6, 24, 10, 1, 0, TimeSpan.Zero), items[^1].PublishedUtc);
        Assert.All(items, i => Assert.Null(i.Summary));

        var sunday = items[9];
        Assert.Equal("tiep-tuc-ay-manh-phoi-hop-hieu-qua-cham-soc-suc-khoe-can-bo-chien-si-vung-4-hai-quan", sunday.Key);
        Assert.Equal(new DateTimeOffset(2025, 6, 28, 21, 55, 0, TimeSpan.Zero), sunday.PublishedUtc);
        Assert.Equal("https://moh.gov.vn/documents/20182/1000009/tiep-tuc-ay-manh-pho.jpg/00000009-a1b2-4c3d-9e8f-0123456789ab?t=1700000000009", sunday.ImageUrl);
    }

    [Fact]
    public void Parse_EntitiesInTitles_DecodedAndWhitespaceCollapsed()
    {
        var items = Parse("listing-vi-entities.html", Page1);

        Assert.Equal(10, items.Count);
        Assert.Equal("Bộ Y tế & UNDP: \"tăng cường\" \u201Cđầu tư\u201D <hạ tầng> hạ tầng thiết bị hiện đại tại các trung tâm y khoa lớn trong lĩnh vực điện quang can thiệp", items[0].Title);
        Assert.Equal("Kiểm soát &amp; cải thiện ại Việt Nam", items[1].Title);
    }

    [Fact]
    public void Parse_UndatableItem_GetsNowAndIsFlagged()
    {
        var items = Parse("listing-vi-entities.html", Page1);

        var undated = Assert.Single(items, i => i.PublishedEstimated);
        Assert.Equal("thu-truong-bo-y-te-nguyen-tri-thuc-thap-tung-chu-tich-nuoc-tham-cap-nha-nuoc-toi-lao", undated.Key);
        Assert.Equal(Now, undated.PublishedUtc);
    }

    [Fact]
    public void Parse_DecomposedUnicode_SameItemsAsComposedPage()
    {
        var composed = Parse("listing-vi-page1.html", Page1);
        var decomposed = Parse("listing-vi-nfd.html", Page1);

        Assert.Equal(composed, decomposed);
        Assert.Equal(new DateTimeOffset(2025, 4, 26, 1, 0, 0, TimeSpan.Zero), decomposed[0].PublishedUtc);
    }

    [Fact]
    public void Parse_RelativeLinksJsessionidAndBase_AbsoluteCanonicalLinks()
    {
        var items = Parse("listing-vi-relative.html", Page2);

        Assert.Equal(10, items.Count);
        Assert.Equal(Publisher + "kiem-soat-va-cai-thien-chat-luong-moi-truong-khong-khi-tai-viet-nam", items[1].Link);
        Assert.Equal("https://moh.gov.vn/documents/20182/1000001/kiem-soat-va-cai-thi.jpg/00000001-a1b2-4c3d-9e8f-0123456789ab?t=1700000000001", items[1].ImageUrl);
        Assert.Equal("thu-truong-bo-y-te-nguyen-tri-thuc-thap-tung-chu-tich-nuoc-tham-cap-nha-nuoc-toi-lao", items[2].Key);
        Assert.Equal(Publisher + "thu-truong-bo-y-te-nguyen-tri-thuc-thap-tung-chu-tich-nuoc-tham-cap-nha-nuoc-toi-lao", items[2].Link);
        Assert.Null(items[2].ImageUrl);
        Assert.Equal(Parse("listing-vi-page1.html", Page1).Select(i => (i.Key, i.Link)), items.Select(i => (i.Key, i.Link)));
    }

    [Fact]
    public void Parse_SameArticleUnderTwoInstanceIds_OneItemFirstLinkKept()
    {
        var items = Parse("listing-vi-relative.html", Page2);

        var item = Assert.Single(items, i => i.Key == "bo-y-te-tiep-nhan-bo-nhiem-pho-cuc-truong-cuc-khoa-hoc-cong-nghe-va-ao-tao");
        Assert.Equal(Publisher + "bo-y-te-tiep-nhan-bo-nhiem-pho-cuc-truong-cuc-khoa-hoc-cong-nghe-va-ao-tao", item.Link);
    }

    [Fact]
    public void Parse_MaintenancePage_ThrowsNamingSelector()
    {
        var ex = Assert.Throws<ScrapeException>(() => Parse("maintenance.html", Page1));

        Assert.Equal(
            "The page https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo parsed to zero items with selector '.portlet-asset-publisher .news-item' " +
            "(no element matched) for source 'moh-leadership': the layout changed or the site shows a maintenance page. Check FeedBot:Sources:N:Selectors.",
            ex.Message);
    }

    [Fact]
    public void Parse_ItemsWithoutUsableLinks_ThrowsSayingHowManyMatched()
    {
        var html = "<div class='portlet-asset-publisher'><div class='news-item'><h3 class='title-news'><a href='javascript:;'>A</a></h3></div>" +
            "<div class='news-item'><h3 class='title-news'><a>B</a></h3></div></div>";

        var ex = Assert.Throws<ScrapeException>(() => _parser.Parse(html, Page1, _source, Now));

        Assert.Contains("2 element(s) matched but none had a title ('.title-news a') and an http(s) link ('.title-news a')", ex.Message);
    }

    [Fact]
    public void Parse_ConcurrentCallsOnOneInstance_SameResultsAsSequential()
    {
        var fixtures = new[] { "listing-vi-page1.html", "listing-vi-page2.html", "listing-en-page1.html", "listing-vi-relative.html" };
        var expected = fixtures.Select(f => Parse(f, Page1)).ToList();

        var results = new IReadOnlyList<ScrapedItem>[64];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => results[i] = Parse(fixtures[i % fixtures.Length], Page1));

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % fixtures.Length], results[i]);
        }
    }

    private IReadOnlyList<ScrapedItem> Parse(string fixture, Uri pageUrl) =>
        _parser.Parse(Fixture.Read("site/" + fixture), pageUrl, _source, Now);
}

using System.Text.Json;
using FeedBot.Feeds.Writing;
using FeedBot.Testing.Builders;

namespace FeedBot.Feeds.Tests.Writing;

public sealed class JsonFeedWriterTests
{
    private readonly JsonFeedWriter _writer = new();

    [Fact]
    public void Write_SampleItems_MatchesGoldenFile() =>
        Fixture.AssertGolden("feeds/sample.json", SampleFeed.Write(_writer));

    [Fact]
    public void Write_SampleItems_TopLevelHasEveryRequiredMember()
    {
        using var json = JsonDocument.Parse(SampleFeed.Write(_writer));
        var root = json.RootElement;

        Assert.Equal("https://jsonfeed.org/version/1.1", root.GetProperty("version").GetString());
        Assert.Equal("Bộ Y tế: Hoạt động của lãnh đạo Bộ", root.GetProperty("title").GetString());
        Assert.Equal(SampleFeed.HomePage.AbsoluteUri, root.GetProperty("home_page_url").GetString());
        Assert.Equal("https://feeds.example.org/feeds/moh-leadership.json", root.GetProperty("feed_url").GetString());
        Assert.Equal("vi", root.GetProperty("language").GetString());
    }

    [Fact]
    public void Write_SampleItems_ItemsHaveEveryRequiredMember()
    {
        using var json = JsonDocument.Parse(SampleFeed.Write(_writer));
        var items = json.RootElement.GetProperty("items").EnumerateArray().ToList();

        var first = items[0];
        Assert.Equal("tag:feedbot,2025:moh-leadership/bo-truong-tiep-doan", first.GetProperty("id").GetString());
        Assert.Equal(FeedItemBuilder.Item("bo-truong-tiep-doan").Build().Link, first.GetProperty("url").GetString());
        Assert.Equal("Bộ trưởng Đào Hồng Lan tiếp Đoàn công tác", first.GetProperty("title").GetString());
        Assert.Equal("Sáng 30/6, Bộ trưởng Bộ Y tế tiếp Đoàn công tác của WHO.", first.GetProperty("summary").GetString());
        Assert.Equal("<p>Nội dung <strong>bo-truong-tiep-doan</strong></p>", first.GetProperty("content_html").GetString());
        Assert.Equal("https://moh.gov.vn/documents/20182/0/bo-truong-tiep-doan.jpg", first.GetProperty("image").GetString());
        Assert.Equal("2025-06-30T07:43:00Z", first.GetProperty("date_published").GetString());
        Assert.Equal("2025-07-01T02:00:00Z", first.GetProperty("date_modified").GetString());
        Assert.Equal(SampleFeed.CleanHostileTitle, items[1].GetProperty("title").GetString());
        Assert.False(items[1].TryGetProperty("image", out _));
        Assert.DoesNotContain("<script", items[1].GetProperty("content_html").GetString(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(["2025-06-30T07:43:00Z", "2025-06-29T21:55:00Z", "2025-06-28T10:00:00Z"],
            items.Select(i => i.GetProperty("date_published").GetString()));
    }

    [Fact]
    public void Write_ItemWithoutSummaryOrArticleText_HasContentText()
    {
        var bare = FeedItemBuilder.Item("bare").WithSummary(null).WithContent(null).Build();

        using var json = JsonDocument.Parse(SampleFeed.Write(_writer, [bare]));
        var item = json.RootElement.GetProperty("items")[0];

        Assert.Equal("Bài bare", item.GetProperty("content_text").GetString());
        Assert.False(item.TryGetProperty("content_html", out _));
    }
}

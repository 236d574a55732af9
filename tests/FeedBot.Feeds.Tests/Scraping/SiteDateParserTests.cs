using FeedBot.Feeds.Text;
using System.Text;
using FeedBot.Feeds.Scraping;
using FeedBot.Testing.Builders;

namespace FeedBot.Feeds.Tests.Scraping;

public sealed class SiteDateParserTests
{
    private readonly SiteDateParser _parser = new();
    private readonly Feeds.Sources.SourceOptions _source = SourceOptionsBuilder.MohLeadership().Build();

    [Theory]
    [InlineData("Thứ Bẩy, ngày 26/04/2025 01:00", "2025-04-26T01:00:00Z")]
    [InlineData("Thứ Bảy, ngày 19/04/2025 13:18", "2025-04-19T13:18:00Z")]
    [InlineData("Chủ Nhật, ngày 27/04/2025 23:59", "2025-04-27T23:59:00Z")]
    [InlineData("Chủ nhật, ngày 01/06/2025 00:00", "2025-06-01T00:00:00Z")]
    [InlineData("Thứ Ba, ngày 16/02/2026 18:11", "2026-02-16T18:11:00Z")]
    [InlineData("Thứ Hai, ngày 16/02/2026 10:38", "2026-02-16T10:38:00Z")]
    [InlineData("Thứ Bẩy, ngày 26/04/2025 01:00Hội nghị khoa học Điện quang", "2025-04-26T01:00:00Z")]
    public void TryParse_VietnameseListingDate_ClockReadAsUtcWeekdayIgnored(string text, string expected)
    {
        Assert.True(_parser.TryParse(text, _source, out var utc));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), utc);
        Assert.Equal(TimeSpan.Zero, utc.Offset);
    }

    [Fact]
    public void TryParse_SundayLabelOnSaturdayDate_Is2155UtcOnTheSaturday()
    {
        Assert.True(_parser.TryParse("Sunday 2025-06-28 21:55", _source, out var utc));

        Assert.Equal(new DateTimeOffset(2025, 6, 28, 21, 55, 0, TimeSpan.Zero), utc);
    }

    [Theory]
    [InlineData("Saturday 2025-07-05 14:25", "2025-07-05T14:25:00Z")]
    [InlineData("12/02/2025 | 08:11 AM", "2025-02-12T08:11:00Z")]
    [InlineData("05/03/2025 | 16:00 PM", "2025-03-05T16:00:00Z")]
    [InlineData("05/03/2025 | 08:00 PM", "2025-03-05T08:00:00Z")]
    [InlineData("  05/03/2025   |   16:00   PM  ", "2025-03-05T16:00:00Z")]
    public void TryParse_EnglishAndArticleFormats_AmPmIgnored(string text, string expected)
    {
        Assert.True(_parser.TryParse(text, _source, out var utc));
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), utc);
    }

    [Fact]
    public void TryParse_DecomposedUnicodeAndNoBreakSpaces_Parses()
    {
        var text = "Thứ Bẩy,\u00a0ngày\u00a026/04/2025\u00a001:00".Normalize(NormalizationForm.FormD);

        Assert.True(_parser.TryParse(text, _source, out var utc));
        Assert.Equal(new DateTimeOffset(2025, 4, 26, 1, 0, 0, TimeSpan.Zero), utc);
    }

    [Fact]
    public void TryParse_ClockInVietnamTime_ConvertedToUtc()
    {
        var source = SourceOptionsBuilder.MohLeadership().WithClockTimeZone("Asia/Ho_Chi_Minh").Build();

        Assert.True(_parser.TryParse("Thứ Bẩy, ngày 26/04/2025 01:00", source, out var utc));
        Assert.Equal(new DateTimeOffset(2025, 4, 25, 18, 0, 0, TimeSpan.Zero), utc);
    }

    [Fact]
    public void TryParse_FormatsInConfiguredOrder_FirstMatchWins()
    {
        var monthFirst = SourceOptionsBuilder.MohLeadership().WithDateFormats("MM/dd/yyyy HH:mm", "dd/MM/yyyy HH:mm").Build();

        Assert.True(_parser.TryParse("05/03/2025 10:00", monthFirst, out var utc));
        Assert.Equal(new DateTimeOffset(2025, 5, 3, 10, 0, 0, TimeSpan.Zero), utc);
    }

    [Theory]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("Đang cập nhật")]
    [InlineData("32/13/2025 25:61")]
    [InlineData("2025")]
    public void TryParse_NotADate_ReturnsFalse(string? text)
    {
        Assert.False(_parser.TryParse(text, _source, out _));
        Assert.Null(_parser.Parse(text, _source));
    }
}

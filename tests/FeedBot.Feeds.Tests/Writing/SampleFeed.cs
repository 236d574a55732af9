using FeedBot.Feeds.Model;
using FeedBot.Feeds.People;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Writing;
using FeedBot.Testing.Builders;

namespace FeedBot.Feeds.Tests.Writing;

/// <summary>The fixed items every writer's golden file is made from: a plain item, a hostile one (its article stored as
/// the poller stores it, sanitized once), one without article text; the first two tagged with people.</summary>
internal static class SampleFeed
{
    public const string HostileTitle = "Thứ trưởng <b>Đỗ Xuân Tuyên</b> & \"đoàn\" \u0001kiểm tra\uFFFE";
    public const string CleanHostileTitle = "Thứ trưởng <b>Đỗ Xuân Tuyên</b> & \"đoàn\" kiểm tra";
    public static readonly Uri HomePage = new("https://moh.gov.vn/hoat-dong-cua-lanh-dao-bo");
    public static readonly DateTimeOffset Edited = new(2025, 7, 1, 2, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<FeedItem> Items() =>
    [
        FeedItemBuilder.Item("bo-truong-tiep-doan", 3).WithTitle("Bộ trưởng Đào Hồng Lan tiếp Đoàn công tác")
            .WithSummary("Sáng 30/6, Bộ trưởng Bộ Y tế tiếp Đoàn công tác của WHO.")
            .PublishedAt(new DateTimeOffset(2025, 6, 30, 7, 43, 0, TimeSpan.Zero)).UpdatedAt(Edited).WithPeople("dao-hong-lan").Build(),
        FeedItemBuilder.Item("thu-truong-kiem-tra", 2).WithTitle(HostileTitle)
            .WithSummary("To\u0301m ta\u0306\u0301t   có\u00A0khoảng trắng\u0007")
            .WithContent(new HtmlSanitizer().Sanitize("<p onclick=\"x()\">Nội dung<script>alert(1)</script> <a href=\"javascript:alert(1)\">liên kết</a></p>]]>", HomePage))
            .WithImage(null).WithPeople("do-xuan-tuyen", "dao-hong-lan").PublishedAt(new DateTimeOffset(2025, 6, 29, 21, 55, 0, TimeSpan.Zero)).Build(),
        FeedItemBuilder.Item("hop-giao-ban", 1).WithTitle("Họp giao ban tháng 6").WithContent(null)
            .WithImage("https://moh.gov.vn/documents/20182/0/hop-giao-ban.png")
            .PublishedAt(new DateTimeOffset(2025, 6, 28, 10, 0, 0, TimeSpan.Zero)).Build(),
    ];

    /// <summary>The factory with two of the shipped people: Đào Hồng Lan and Đỗ Xuân Tuyên.</summary>
    public static FeedEntryFactory Factory => new(Microsoft.Extensions.Options.Options.Create(new PeopleOptions
    {
        People =
        [
            new PersonOptions { Id = "dao-hong-lan", Name = "Đào Hồng Lan", Role = "Bộ trưởng" },
            new PersonOptions { Id = "do-xuan-tuyen", Name = "Đỗ Xuân Tuyên", Role = "Thứ trưởng" },
        ],
    }));

    public static FeedDocument Document(FeedFormat format, IReadOnlyList<FeedItem>? items = null)
    {
        var channel = new FeedChannel(
            "moh-leadership", "Bộ Y tế: Hoạt động của lãnh đạo Bộ",
            "Hoạt động của lãnh đạo Bộ Y tế, từ Cổng thông tin điện tử Bộ Y tế (moh.gov.vn).", "vi", HomePage, TimeSpan.FromMinutes(5));
        var self = new Uri($"https://feeds.example.org/feeds/moh-leadership.{format.ToString().ToLowerInvariant()}");
        return Factory.CreateDocument(channel, items ?? Items(), self, Edited);
    }

    public static string Write(IFeedWriter writer, IReadOnlyList<FeedItem>? items = null)
    {
        using var output = new MemoryStream();
        writer.Write(Document(writer.Format, items), output);
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }
}

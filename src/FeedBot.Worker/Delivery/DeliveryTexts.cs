using FeedBot.Feeds.Text;
using System.Globalization;

namespace FeedBot.Worker.Delivery;

/// <summary>What delivery itself says to people: Vietnamese, or English for chats whose language is <c>en</c>.</summary>
public static class DeliveryTexts
{
    private static readonly TimeZoneInfo Vietnam = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static string ResumeSkipped(string language, int skipped, int newestPerSource) => IsEnglish(language)
        ? $"▶️ Resumed. {skipped} older item(s) received while paused were skipped; you get at most the {newestPerSource} newest per source."
        : $"▶️ Đã tiếp tục nhận tin. Đã bỏ qua {skipped} tin cũ trong thời gian tạm dừng; bạn nhận tối đa {newestPerSource} tin mới nhất của mỗi nguồn.";

    public static string Failing(string language, string sourceTitle, int failures, string? lastError) => IsEnglish(language)
        ? $"⚠️ Source \"{sourceTitle}\" is failing: {failures} failed poll(s) in a row. Last error: {lastError ?? "unknown"}"
        : $"⚠️ Nguồn \"{sourceTitle}\" đang lỗi: {failures} lần lấy tin thất bại liên tiếp. Lỗi gần nhất: {lastError ?? "không rõ"}";

    public static string NoItems(string language, string sourceTitle) => IsEnglish(language)
        ? $"⚠️ Source \"{sourceTitle}\" returned no items on its last poll. Has the page layout changed? Check the selectors."
        : $"⚠️ Nguồn \"{sourceTitle}\" không trả về tin nào ở lần lấy tin gần nhất. Trang có đổi giao diện không? Hãy kiểm tra selector.";

    public static string Recovered(string language, string sourceTitle, DateTimeOffset atUtc) => IsEnglish(language)
        ? $"✅ Source \"{sourceTitle}\" works again (poll at {VietnamTime(atUtc)} Vietnam time)."
        : $"✅ Nguồn \"{sourceTitle}\" đã hoạt động trở lại (lần lấy tin lúc {VietnamTime(atUtc)} giờ Việt Nam).";

    private static bool IsEnglish(string language) => string.Equals(language, "en", StringComparison.OrdinalIgnoreCase);

    private static string VietnamTime(DateTimeOffset utc) =>
        TimeZoneInfo.ConvertTime(utc, Vietnam).ToString("HH:mm dd/MM/yyyy", CultureInfo.InvariantCulture);
}

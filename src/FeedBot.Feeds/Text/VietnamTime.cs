using System.Globalization;

namespace FeedBot.Feeds.Text;

/// <summary>Times are stored in UTC and shown to people in Vietnam time (Asia/Ho_Chi_Minh, UTC+7).</summary>
public static class VietnamTime
{
    private static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Asia/Ho_Chi_Minh");

    public static DateTimeOffset From(DateTimeOffset utc) => TimeZoneInfo.ConvertTime(utc, Zone);

    /// <summary>"30/06/2025 04:55" in Vietnamese; "30 Jun 2025 04:55 (Vietnam)" in English.</summary>
    public static string Format(DateTimeOffset utc, string language) => language == "en"
        ? From(utc).ToString("dd MMM yyyy HH:mm", CultureInfo.InvariantCulture) + " (Vietnam)"
        : From(utc).ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture);
}

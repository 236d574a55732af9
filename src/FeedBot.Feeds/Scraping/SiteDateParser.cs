using System.Globalization;
using System.Text.RegularExpressions;
using FeedBot.Feeds.Sources;
using FeedBot.Feeds.Text;

namespace FeedBot.Feeds.Scraping;

/// <summary>
/// Parses the site's listing and article dates (<c>Thứ Bẩy, ngày 26/04/2025 01:00</c>, <c>Saturday 2025-07-05 14:25</c>,
/// <c>05/03/2025 | 16:00 PM</c>) with the source's <see cref="SourceOptions.DateFormats"/> in order. Weekday labels
/// and the AM/PM marker (the site prints a 24-hour clock) are ignored; the clock is read in
/// <see cref="SourceOptions.ClockTimeZone"/> and the result is UTC.
/// </summary>
public sealed partial class SiteDateParser
{
    public bool TryParse(string? text, SourceOptions source, out DateTimeOffset utc)
    {
        utc = default;
        var cleaned = PlainText.Clean(text);
        if (cleaned.Length == 0)
        {
            return false;
        }

        var core = DateTimePattern().Match(cleaned) is { Success: true } m ? m.Value : StripLabels(cleaned);
        foreach (var format in source.DateFormats)
        {
            if (DateTime.TryParseExact(core, format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var local))
            {
                utc = ToUtc(local, source.ClockTimeZone);
                return true;
            }
        }

        return false;
    }

    /// <summary>The parsed UTC time, or null when no configured format matches.</summary>
    public DateTimeOffset? Parse(string? text, SourceOptions source) =>
        TryParse(text, source, out var utc) ? utc : null;

    private static DateTimeOffset ToUtc(DateTime local, string clockTimeZone)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(clockTimeZone);
        var unspecified = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(unspecified))
        {
            unspecified = unspecified.AddHours(1);
        }

        return new DateTimeOffset(unspecified, zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>Drops a leading weekday label and a trailing AM/PM marker when the date/time pattern did not match.</summary>
    private static string StripLabels(string text)
    {
        var firstDigit = text.AsSpan().IndexOfAnyInRange('0', '9');
        var core = firstDigit > 0 ? text[firstDigit..] : text;
        return MeridiemSuffix().Replace(core, "").Trim();
    }

    // A numeric date, optionally followed by "|" or spaces and a clock; the clock's AM/PM is left out of the match.
    [GeneratedRegex(@"\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}(?:\s*\|\s*|\s+|T)\d{1,2}:\d{2}(?::\d{2})?", RegexOptions.CultureInvariant)]
    private static partial Regex DateTimePattern();

    [GeneratedRegex(@"\s*(?:AM|PM|SA|CH)\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MeridiemSuffix();
}

using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.Sources;

namespace FeedBot.Worker.Commands;

/// <summary>Renders scraped items for the operator: a table, or JSON for scripts.</summary>
internal static class ScrapeOutput
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Json(IReadOnlyList<ScrapedItem> items)
    {
        var rows = items.Select(i => new Dictionary<string, string?>
        {
            ["id"] = i.Key,
            ["title"] = i.Title,
            ["link"] = i.Link,
            ["published"] = i.PublishedUtc.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
            ["summary"] = i.Summary,
            ["image"] = i.ImageUrl,
        });
        return JsonSerializer.Serialize(rows, JsonOptions) + Environment.NewLine;
    }

    public static string Table(IReadOnlyList<ScrapedItem> items, SourceOptions source)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(source.DisplayTimeZone);
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"{items.Count} items from {source.Id} (times in {source.DisplayTimeZone})");
        text.AppendLine(CultureInfo.InvariantCulture, $"{"#",3}  {"published",-16}  {"title",-70}  link");
        for (var i = 0; i < items.Count; i++)
        {
            var local = TimeZoneInfo.ConvertTime(items[i].PublishedUtc, zone);
            text.AppendLine(CultureInfo.InvariantCulture, $"{i + 1,3}  {local:yyyy-MM-dd HH:mm}  {Cut(items[i].Title, 70),-70}  {items[i].Link}");
        }

        return text.ToString();
    }

    private static string Cut(string text, int width) => text.Length <= width ? text : string.Concat(text.AsSpan(0, width - 1), "…");
}

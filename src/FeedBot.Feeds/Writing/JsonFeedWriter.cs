using System.Text.Encodings.Web;
using System.Text.Json;

namespace FeedBot.Feeds.Writing;

/// <summary>JSON Feed 1.1 (https://jsonfeed.org/version/1.1), written with <see cref="Utf8JsonWriter"/>; an item's
/// <c>tags</c> are the names of the people it is tagged with.</summary>
public sealed class JsonFeedWriter : IFeedWriter
{
    public const string Version = "https://jsonfeed.org/version/1.1";

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public FeedFormat Format => FeedFormat.Json;

    public string MediaType => "application/feed+json";

    public void Write(FeedDocument document, Stream output)
    {
        var channel = document.Channel;
        using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteString("version", Version);
        json.WriteString("title", FeedText.Plain(channel.Title) ?? channel.Id);
        json.WriteString("home_page_url", channel.HomePageUrl.AbsoluteUri);
        json.WriteString("feed_url", document.SelfUrl.AbsoluteUri);
        WriteOptional(json, "description", FeedText.Plain(channel.Description));
        json.WriteString("language", channel.Language);
        json.WriteStartArray("authors");
        json.WriteStartObject();
        json.WriteString("name", FeedText.Plain(channel.Title) ?? channel.Id);
        json.WriteString("url", channel.HomePageUrl.AbsoluteUri);
        json.WriteEndObject();
        json.WriteEndArray();
        json.WriteStartArray("items");
        foreach (var entry in document.Entries)
        {
            WriteItem(json, entry);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteItem(Utf8JsonWriter json, FeedEntry entry)
    {
        json.WriteStartObject();
        json.WriteString("id", entry.Id);
        json.WriteString("url", entry.Link.AbsoluteUri);
        json.WriteString("title", entry.Title);
        WriteOptional(json, "summary", entry.Summary);
        if (entry.ContentHtml is null)
        {
            json.WriteString("content_text", entry.Title);
        }
        else
        {
            json.WriteString("content_html", entry.ContentHtml);
        }

        WriteOptional(json, "image", entry.ImageUrl?.AbsoluteUri);
        json.WriteString("date_published", FeedDates.Rfc3339(entry.PublishedUtc));
        json.WriteString("date_modified", FeedDates.Rfc3339(entry.UpdatedUtc));
        if (entry.People.Count > 0)
        {
            json.WriteStartArray("tags");
            foreach (var person in entry.People)
            {
                json.WriteStringValue(person.Name);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null)
        {
            json.WriteString(name, value);
        }
    }
}

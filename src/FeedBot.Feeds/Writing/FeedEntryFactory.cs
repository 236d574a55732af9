using FeedBot.Feeds.Model;
using FeedBot.Feeds.People;
using FeedBot.Feeds.Sanitizing;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Writing;

/// <summary>
/// Turns stored items into <see cref="FeedEntry"/>s and a <see cref="FeedDocument"/>. The stored article HTML is the
/// sanitizer's output already (<see cref="Scraping.ArticleParser"/> sanitizes it once, before it is stored): here it
/// is only made XML-safe. Person tags become <see cref="FeedPerson"/>s by <c>FeedBot:People</c>; an id no longer
/// configured is left out.
/// </summary>
public sealed class FeedEntryFactory(IOptions<PeopleOptions> people)
{
    /// <summary>The prefix of every feed and entry id (RFC 4151 tag URI).</summary>
    public const string IdPrefix = "tag:feedbot,2025:";

    /// <summary>The RSS <c>domain</c> and Atom <c>scheme</c> of person categories.</summary>
    public const string PeopleScheme = IdPrefix + "people";

    public static string FeedId(string sourceId) => IdPrefix + Uri.EscapeDataString(sourceId);

    public static string EntryId(string sourceId, string key) => $"{FeedId(sourceId)}/{Uri.EscapeDataString(key)}";

    /// <summary>A document of <paramref name="items"/> (already newest first); an empty one is dated <paramref name="emptyUpdatedUtc"/>.</summary>
    public FeedDocument CreateDocument(FeedChannel channel, IEnumerable<FeedItem> items, Uri selfUrl, DateTimeOffset emptyUpdatedUtc)
    {
        var entries = items.Select(i => CreateEntry(i, channel.HomePageUrl)).ToList();
        var updated = entries.Count == 0 ? emptyUpdatedUtc : entries.Max(e => e.UpdatedUtc);
        return new FeedDocument(channel, entries, selfUrl, updated);
    }

    public FeedEntry CreateEntry(FeedItem item, Uri fallbackLink)
    {
        var link = FeedText.HttpUrl(item.Link) ?? fallbackLink;
        var summary = FeedText.Plain(item.Summary);
        var image = FeedText.HttpUrl(item.ImageUrl);
        var updated = item.UpdatedUtc > item.PublishedUtc ? item.UpdatedUtc : item.PublishedUtc;
        return new FeedEntry(
            EntryId(item.SourceId, item.Key),
            link,
            FeedText.Plain(item.Title) ?? link.AbsoluteUri,
            summary,
            summary is null ? null : HtmlEscaping.Text(summary),
            Content(item.ContentHtml, summary),
            image,
            image is null ? "" : ImageType(image),
            item.PublishedUtc.ToUniversalTime(),
            updated.ToUniversalTime(),
            People(item.PersonIds));
    }

    private IReadOnlyList<FeedPerson> People(IReadOnlyList<string> ids) =>
        [.. ids.Select(people.Value.Find).OfType<PersonOptions>().Select(p => new FeedPerson(p.Id, FeedText.Plain(p.Name) ?? p.Id))];

    private static string? Content(string? storedHtml, string? summary)
    {
        var body = string.IsNullOrWhiteSpace(storedHtml) ? "" : FeedText.Html(storedHtml);
        if (body.Length > 0)
        {
            return body;
        }

        if (summary is null)
        {
            return null;
        }

        return $"<p>{HtmlEscaping.Text(summary)}</p>";
    }

    private static string ImageType(Uri image) => Path.GetExtension(image.AbsolutePath).ToLowerInvariant() switch
    {
        ".png" => "image/png",
        ".gif" => "image/gif",
        ".webp" => "image/webp",
        ".svg" => "image/svg+xml",
        _ => "image/jpeg",
    };
}

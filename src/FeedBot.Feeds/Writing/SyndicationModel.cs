using System.ServiceModel.Syndication;

namespace FeedBot.Feeds.Writing;

/// <summary>
/// What the RSS and Atom writers share in the <see cref="SyndicationFeed"/> they build once per render: ids (tag URIs),
/// titles, language, generator, the alternate link, and <c>LastUpdatedTime</c> on the feed and every item (without
/// them the Atom formatter invents a fresh <c>uuid:</c> id and the current time, and ETags would never repeat). Dates
/// are shown through <paramref name="shown"/>: the library writes a UTC date with <c>Z</c>, which RSS must not carry.
/// </summary>
internal static class SyndicationModel
{
    public static SyndicationFeed CreateFeed(FeedDocument document, Func<DateTimeOffset, DateTimeOffset> shown)
    {
        var channel = document.Channel;
        var feed = new SyndicationFeed
        {
            Id = FeedEntryFactory.FeedId(channel.Id),
            Title = new TextSyndicationContent(Title(channel)),
            Language = channel.Language,
            Generator = FeedDocument.Generator,
            LastUpdatedTime = shown(document.UpdatedUtc),
        };
        feed.Links.Add(SyndicationLink.CreateAlternateLink(channel.HomePageUrl, "text/html"));
        return feed;
    }

    public static SyndicationItem CreateItem(FeedEntry entry, Func<DateTimeOffset, DateTimeOffset> shown)
    {
        var item = new SyndicationItem
        {
            Id = entry.Id,
            Title = new TextSyndicationContent(entry.Title),
            PublishDate = shown(entry.PublishedUtc),
            LastUpdatedTime = shown(entry.UpdatedUtc),
        };
        item.Links.Add(SyndicationLink.CreateAlternateLink(entry.Link, "text/html"));
        return item;
    }

    /// <summary>The feed's title as plain text (the source id when the configured title is blank).</summary>
    public static string Title(FeedChannel channel) => FeedText.Plain(channel.Title) ?? channel.Id;
}

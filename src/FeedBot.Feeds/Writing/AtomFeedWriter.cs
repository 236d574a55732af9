using System.ServiceModel.Syndication;

namespace FeedBot.Feeds.Writing;

/// <summary>
/// Atom 1.0 (RFC 4287), written by <see cref="Atom10FeedFormatter"/>: one id, title and updated per feed and entry,
/// a feed-level author, self and alternate links, <c>published</c>, <c>summary type="text"</c>,
/// <c>content type="html"</c>, the image as an enclosure link and a <c>category term="id" label="name"</c> per tagged person.
/// </summary>
public sealed class AtomFeedWriter : IFeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public FeedFormat Format => FeedFormat.Atom;

    public string MediaType => "application/atom+xml";

    public void Write(FeedDocument document, Stream output)
    {
        var channel = document.Channel;
        var feed = SyndicationModel.CreateFeed(document, utc => utc.ToUniversalTime());
        if (FeedText.Plain(channel.Description) is { } subtitle)
        {
            feed.Description = new TextSyndicationContent(subtitle);
        }

        feed.Links.Insert(0, new SyndicationLink(document.SelfUrl, "self", null, MediaType, 0));
        feed.Authors.Add(new SyndicationPerson(null, SyndicationModel.Title(channel), channel.HomePageUrl.AbsoluteUri));
        feed.Items = document.Entries.Select(CreateItem).ToList();

        using var xml = FeedXml.Create(output);
        new Atom10FeedFormatter(feed).WriteTo(xml);
    }

    private static SyndicationItem CreateItem(FeedEntry entry)
    {
        var item = SyndicationModel.CreateItem(entry, utc => utc.ToUniversalTime());
        if (entry.ImageUrl is not null)
        {
            item.Links.Add(new SyndicationLink(entry.ImageUrl, "enclosure", null, entry.ImageType, 0));
        }

        foreach (var person in entry.People)
        {
            item.Categories.Add(new SyndicationCategory(person.Id, FeedEntryFactory.PeopleScheme, person.Name));
        }

        if (entry.Summary is not null)
        {
            item.Summary = new TextSyndicationContent(entry.Summary);
        }

        if (entry.ContentHtml is not null)
        {
            item.Content = new TextSyndicationContent(entry.ContentHtml, TextSyndicationContentKind.Html);
        }

        return item;
    }
}

using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using FeedBot.Feeds.Sanitizing;
using FeedBot.Feeds.Text;

namespace FeedBot.Feeds.Writing;

/// <summary>
/// RSS 2.0, written by <see cref="Rss20FeedFormatter"/>: <c>atom:link rel="self"</c>, <c>ttl</c>, <c>guid
/// isPermaLink="false"</c>, dates in Vietnam time with an explicit <c>+0700</c>, the summary HTML-escaped in
/// <c>description</c> (readers read it as HTML), <c>content:encoded</c> for the full text, and the image as Media RSS
/// (<c>media:content</c>, <c>media:thumbnail</c>), since an <c>enclosure</c> needs a byte length we do not know;
/// a <c>category</c> per tagged person (the name, <c>domain</c> <see cref="FeedEntryFactory.PeopleScheme"/>).
/// </summary>
public sealed class RssFeedWriter : IFeedWriter
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";
    public const string MediaNamespace = "http://search.yahoo.com/mrss/";

    private static readonly XNamespace Atom = AtomNamespace;
    private static readonly XNamespace Content = ContentNamespace;
    private static readonly XNamespace Media = MediaNamespace;

    public FeedFormat Format => FeedFormat.Rss;

    public string MediaType => "application/rss+xml";

    public void Write(FeedDocument document, Stream output)
    {
        var feed = SyndicationModel.CreateFeed(document, VietnamTime.From);
        var channel = document.Channel;
        feed.Description = new TextSyndicationContent(HtmlEscaping.Text(FeedText.Plain(channel.Description) ?? SyndicationModel.Title(channel)));
        if (channel.Ttl is { } ttl)
        {
            feed.TimeToLive = TimeSpan.FromMinutes(Math.Max(1, Math.Ceiling(ttl.TotalMinutes)));
        }

        Declare(feed, ("atom", AtomNamespace), ("content", ContentNamespace), ("media", MediaNamespace));
        feed.ElementExtensions.Add(new XElement(Atom + "link",
            new XAttribute("href", document.SelfUrl.AbsoluteUri), new XAttribute("rel", "self"), new XAttribute("type", MediaType)));
        feed.Items = document.Entries.Select(CreateItem).ToList();

        using var xml = FeedXml.Create(output);
        new Rss20FeedFormatter(feed, serializeExtensionsAsAtom: false).WriteTo(xml);
    }

    private static SyndicationItem CreateItem(FeedEntry entry)
    {
        var item = SyndicationModel.CreateItem(entry, VietnamTime.From);
        if (entry.SummaryHtml is not null)
        {
            item.Summary = new TextSyndicationContent(entry.SummaryHtml);
        }

        if (entry.ContentHtml is not null)
        {
            item.ElementExtensions.Add(new XElement(Content + "encoded", entry.ContentHtml));
        }

        foreach (var person in entry.People)
        {
            item.Categories.Add(new SyndicationCategory(person.Name, FeedEntryFactory.PeopleScheme, null));
        }

        if (entry.ImageUrl is not null)
        {
            var url = new XAttribute("url", entry.ImageUrl.AbsoluteUri);
            item.ElementExtensions.Add(new XElement(Media + "content", url, new XAttribute("medium", "image"), new XAttribute("type", entry.ImageType)));
            item.ElementExtensions.Add(new XElement(Media + "thumbnail", url));
        }

        return item;
    }

    /// <summary>Declares the extension prefixes once on <c>channel</c>, so extension elements carry no declarations of their own.</summary>
    private static void Declare(SyndicationFeed feed, params (string Prefix, string Namespace)[] namespaces)
    {
        foreach (var (prefix, uri) in namespaces)
        {
            feed.AttributeExtensions.Add(new XmlQualifiedName(prefix, XNamespace.Xmlns.NamespaceName), uri);
        }
    }
}

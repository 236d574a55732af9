using System.Xml;

namespace FeedBot.Feeds.Writing;

/// <summary>Atom 1.0 (RFC 4287): one id, title and updated per feed and entry, a feed-level author, self and alternate links.</summary>
public sealed class AtomFeedWriter : IFeedWriter
{
    public const string Namespace = "http://www.w3.org/2005/Atom";

    public FeedFormat Format => FeedFormat.Atom;

    public string MediaType => "application/atom+xml";

    public void Write(FeedDocument document, Stream output)
    {
        using var xml = FeedXml.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("feed", Namespace);
        xml.WriteAttributeString("xml", "lang", null, document.Channel.Language);
        WriteHead(xml, document);
        foreach (var entry in document.Entries)
        {
            WriteEntry(xml, entry);
        }

        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private void WriteHead(XmlWriter xml, FeedDocument document)
    {
        var channel = document.Channel;
        var title = FeedText.Plain(channel.Title) ?? channel.Id;
        xml.WriteElementString("id", Namespace, FeedEntryFactory.FeedId(channel.Id));
        WriteText(xml, "title", title);
        if (FeedText.Plain(channel.Description) is { } subtitle)
        {
            WriteText(xml, "subtitle", subtitle);
        }

        xml.WriteElementString("updated", Namespace, FeedDates.Rfc3339(document.UpdatedUtc));
        WriteLink(xml, "self", MediaType, document.SelfUrl);
        WriteLink(xml, "alternate", "text/html", channel.HomePageUrl);
        xml.WriteStartElement("author", Namespace);
        xml.WriteElementString("name", Namespace, title);
        xml.WriteElementString("uri", Namespace, channel.HomePageUrl.AbsoluteUri);
        xml.WriteEndElement();
        xml.WriteElementString("generator", Namespace, FeedDocument.Generator);
    }

    private static void WriteEntry(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("entry", Namespace);
        xml.WriteElementString("id", Namespace, entry.Id);
        WriteText(xml, "title", entry.Title);
        xml.WriteElementString("published", Namespace, FeedDates.Rfc3339(entry.PublishedUtc));
        xml.WriteElementString("updated", Namespace, FeedDates.Rfc3339(entry.UpdatedUtc));
        WriteLink(xml, "alternate", "text/html", entry.Link);
        if (entry.ImageUrl is not null)
        {
            WriteLink(xml, "enclosure", entry.ImageType, entry.ImageUrl);
        }

        if (entry.Summary is not null)
        {
            WriteText(xml, "summary", entry.Summary);
        }

        if (entry.ContentHtml is not null)
        {
            xml.WriteStartElement("content", Namespace);
            xml.WriteAttributeString("type", "html");
            xml.WriteString(entry.ContentHtml);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteText(XmlWriter xml, string localName, string text)
    {
        xml.WriteStartElement(localName, Namespace);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(text);
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string rel, string type, Uri href)
    {
        xml.WriteStartElement("link", Namespace);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href.AbsoluteUri);
        xml.WriteEndElement();
    }
}

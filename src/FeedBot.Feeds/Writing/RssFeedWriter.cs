using System.Globalization;
using System.Xml;
using FeedBot.Feeds.Sanitizing;

namespace FeedBot.Feeds.Writing;

/// <summary>RSS 2.0 with <c>atom:link rel="self"</c>, <c>content:encoded</c> for the full text and an image enclosure.</summary>
public sealed class RssFeedWriter : IFeedWriter
{
    public const string AtomNamespace = "http://www.w3.org/2005/Atom";
    public const string ContentNamespace = "http://purl.org/rss/1.0/modules/content/";

    public FeedFormat Format => FeedFormat.Rss;

    public string MediaType => "application/rss+xml";

    public void Write(FeedDocument document, Stream output)
    {
        using var xml = FeedXml.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("rss");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteAttributeString("xmlns", "atom", null, AtomNamespace);
        xml.WriteAttributeString("xmlns", "content", null, ContentNamespace);
        xml.WriteStartElement("channel");
        WriteChannel(xml, document);
        foreach (var entry in document.Entries)
        {
            WriteItem(xml, entry);
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteChannel(XmlWriter xml, FeedDocument document)
    {
        var channel = document.Channel;
        xml.WriteElementString("title", FeedText.Plain(channel.Title) ?? channel.Id);
        xml.WriteElementString("link", channel.HomePageUrl.AbsoluteUri);
        xml.WriteElementString("description", HtmlEscaping.Text(FeedText.Plain(channel.Description) ?? FeedText.Plain(channel.Title) ?? channel.Id));
        xml.WriteElementString("language", channel.Language);
        xml.WriteElementString("lastBuildDate", FeedDates.Rfc822(document.UpdatedUtc));
        if (channel.Ttl is { } ttl)
        {
            xml.WriteElementString("ttl", Math.Max(1, (int)Math.Ceiling(ttl.TotalMinutes)).ToString(CultureInfo.InvariantCulture));
        }

        xml.WriteElementString("generator", FeedDocument.Generator);
        xml.WriteStartElement("link", AtomNamespace);
        xml.WriteAttributeString("href", document.SelfUrl.AbsoluteUri);
        xml.WriteAttributeString("rel", "self");
        xml.WriteAttributeString("type", "application/rss+xml");
        xml.WriteEndElement();
    }

    private static void WriteItem(XmlWriter xml, FeedEntry entry)
    {
        xml.WriteStartElement("item");
        xml.WriteElementString("title", entry.Title);
        xml.WriteElementString("link", entry.Link.AbsoluteUri);
        xml.WriteStartElement("guid");
        xml.WriteAttributeString("isPermaLink", "false");
        xml.WriteString(entry.Id);
        xml.WriteEndElement();
        xml.WriteElementString("pubDate", FeedDates.Rfc822(entry.PublishedUtc));
        FeedXml.WriteOptional(xml, "description", entry.SummaryHtml);
        if (entry.ContentHtml is not null)
        {
            xml.WriteStartElement("content", "encoded", ContentNamespace);
            xml.WriteString(entry.ContentHtml);
            xml.WriteEndElement();
        }

        if (entry.ImageUrl is not null)
        {
            xml.WriteStartElement("enclosure");
            xml.WriteAttributeString("url", entry.ImageUrl.AbsoluteUri);
            xml.WriteAttributeString("length", "0");
            xml.WriteAttributeString("type", entry.ImageType);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }
}

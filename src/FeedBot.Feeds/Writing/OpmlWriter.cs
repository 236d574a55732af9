using System.Xml;

namespace FeedBot.Feeds.Writing;

/// <summary>OPML 2.0 subscription lists (http://opml.org/spec2.opml), for importing every feed at once: subscriptions,
/// then folders of subscriptions (an outline with only <c>text</c>, holding its subscriptions).</summary>
public sealed class OpmlWriter
{
    public const string MediaType = "text/x-opml";

    public void Write(string title, DateTimeOffset createdUtc, IEnumerable<OpmlOutline> outlines, Stream output) =>
        Write(title, createdUtc, outlines, [], output);

    public void Write(string title, DateTimeOffset createdUtc, IEnumerable<OpmlOutline> outlines, IEnumerable<OpmlFolder> folders, Stream output)
    {
        using var xml = FeedXml.Create(output);
        xml.WriteStartDocument();
        xml.WriteStartElement("opml");
        xml.WriteAttributeString("version", "2.0");
        xml.WriteStartElement("head");
        xml.WriteElementString("title", FeedText.Plain(title) ?? "FeedBot");
        xml.WriteElementString("dateCreated", FeedDates.Rfc822(createdUtc));
        xml.WriteEndElement();
        xml.WriteStartElement("body");
        foreach (var outline in outlines)
        {
            WriteOutline(xml, outline);
        }

        foreach (var folder in folders.Where(f => f.Outlines.Count > 0))
        {
            var text = FeedText.Plain(folder.Title) ?? "FeedBot";
            xml.WriteStartElement("outline");
            xml.WriteAttributeString("text", text);
            xml.WriteAttributeString("title", text);
            foreach (var outline in folder.Outlines)
            {
                WriteOutline(xml, outline);
            }

            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void WriteOutline(XmlWriter xml, OpmlOutline outline)
    {
        var text = FeedText.Plain(outline.Title) ?? outline.FeedUrl.AbsoluteUri;
        xml.WriteStartElement("outline");
        xml.WriteAttributeString("type", outline.Type);
        xml.WriteAttributeString("text", text);
        xml.WriteAttributeString("title", text);
        if (FeedText.Plain(outline.Description) is { } description)
        {
            xml.WriteAttributeString("description", description);
        }

        xml.WriteAttributeString("xmlUrl", outline.FeedUrl.AbsoluteUri);
        xml.WriteAttributeString("htmlUrl", outline.HtmlUrl.AbsoluteUri);
        xml.WriteAttributeString("language", outline.Language);
        xml.WriteEndElement();
    }
}

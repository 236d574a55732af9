namespace FeedBot.Feeds.Writing;

/// <summary>OPML 2.0 subscription lists (http://opml.org/spec2.opml), for importing every feed at once.</summary>
public sealed class OpmlWriter
{
    public const string MediaType = "text/x-opml";

    public void Write(string title, DateTimeOffset createdUtc, IEnumerable<OpmlOutline> outlines, Stream output)
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

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }
}

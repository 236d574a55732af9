using System.Text;
using System.Xml;

namespace FeedBot.Feeds.Writing;

/// <summary>The one XmlWriter configuration the XML formats (the syndication formatters, OPML) share: UTF-8 without BOM, indented, characters checked.</summary>
internal static class FeedXml
{
    public static XmlWriter Create(Stream output) => XmlWriter.Create(output, new XmlWriterSettings
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = true,
        IndentChars = "  ",
        NewLineChars = "\n",
        CheckCharacters = true,
        CloseOutput = false,
    });
}

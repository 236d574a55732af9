using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FeedBot.Feeds.Scraping;
using FeedBot.Feeds.Text;

namespace FeedBot.Feeds.Sanitizing;

/// <summary>
/// Turns untrusted HTML into a small, safe subset: an allowlist of tags, only <c>href</c> on links and
/// <c>src</c>/<c>alt</c>/<c>title</c> on images, absolute http(s) URLs only. Unknown elements are unwrapped;
/// scripts, styles, frames, forms and embedded objects are dropped with their content; empty blocks disappear.
/// The output is NFC text that is well-formed as HTML and as XML (void elements self-closed, no named entities).
/// </summary>
public sealed class HtmlSanitizer
{
    private readonly HtmlParser _parser = new();

    /// <summary>Sanitizes an HTML fragment; relative URLs resolve against <paramref name="baseUri"/>.</summary>
    public string Sanitize(string html, Uri baseUri)
    {
        using var document = _parser.ParseDocument("<!DOCTYPE html><html><body></body></html>");
        var nodes = _parser.ParseFragment(html, document.Body!);
        var output = new StringBuilder(html.Length);
        foreach (var node in nodes)
        {
            Emit(node, baseUri, output);
        }

        return Finish(output);
    }

    /// <summary>Sanitizes the children of <paramref name="root"/> (the root element itself is not kept).</summary>
    public string Sanitize(INode root, Uri baseUri)
    {
        var output = new StringBuilder();
        EmitChildren(root, baseUri, output);
        return Finish(output);
    }

    private static string Finish(StringBuilder output) =>
        output.ToString().Trim().Normalize(NormalizationForm.FormC);

    private static bool EmitChildren(INode parent, Uri baseUri, StringBuilder output)
    {
        var meaningful = false;
        foreach (var child in parent.ChildNodes)
        {
            meaningful |= Emit(child, baseUri, output);
        }

        return meaningful;
    }

    /// <summary>Writes one node; returns whether it produced visible content (text or an image).</summary>
    private static bool Emit(INode node, Uri baseUri, StringBuilder output) => node switch
    {
        IText text => EmitText(text.Data, output),
        IElement element when SanitizerTags.Dropped.Contains(element.LocalName) => false,
        IElement element when SanitizerTags.Allowed.Contains(element.LocalName) => EmitAllowed(element, baseUri, output),
        IElement element when SanitizerTags.UnwrappedBlocks.Contains(element.LocalName) => EmitSeparated(element, baseUri, output),
        IElement element => EmitChildren(element, baseUri, output),
        _ => false,
    };

    /// <summary>Unwraps a block element not on the allowlist, keeping a line break around it so words do not run together.</summary>
    private static bool EmitSeparated(IElement element, Uri baseUri, StringBuilder output)
    {
        Separate(output);
        var meaningful = EmitChildren(element, baseUri, output);
        Separate(output);
        return meaningful;
    }

    private static void Separate(StringBuilder output)
    {
        if (output.Length > 0 && output[^1] is not ('\n' or ' '))
        {
            output.Append('\n');
        }
        else if (output.Length > 0 && output[^1] == ' ')
        {
            output[^1] = '\n';
        }
    }

    private static bool EmitText(string data, StringBuilder output)
    {
        var text = CollapseWhitespace(PlainText.RemoveXmlForbidden(data));
        if (text.Length == 0 || (text == " " && (output.Length == 0 || output[^1] is ' ' or '\n')))
        {
            return false;
        }

        HtmlEscaping.AppendText(output, text);
        return !string.IsNullOrWhiteSpace(text.Replace('\u00A0', ' '));
    }

    private static bool EmitAllowed(IElement element, Uri baseUri, StringBuilder output)
    {
        var name = element.LocalName.ToLowerInvariant();
        switch (name)
        {
            case "br":
                output.Append("<br />");
                return false;
            case "img":
                return EmitImage(element, baseUri, output);
            case "a":
                var href = ItemIdentity.ResolveHttp(element.GetAttribute("href"), baseUri);
                if (href is null)
                {
                    return EmitChildren(element, baseUri, output);
                }

                return EmitContainer(element, name, $" href=\"{HtmlEscaping.Attribute(href.AbsoluteUri)}\"", baseUri, output);
            default:
                return EmitContainer(element, name, "", baseUri, output);
        }
    }

    private static bool EmitContainer(IElement element, string name, string attributes, Uri baseUri, StringBuilder output)
    {
        var inner = new StringBuilder();
        if (!EmitChildren(element, baseUri, inner))
        {
            return false; // empty paragraphs, links and emphasis carry nothing
        }

        output.Append('<').Append(name).Append(attributes).Append('>')
            .Append(inner.ToString().Trim(' ', '\n'))
            .Append("</").Append(name).Append('>');
        if (SanitizerTags.Blocks.Contains(name))
        {
            output.Append('\n');
        }

        return true;
    }

    private static bool EmitImage(IElement img, Uri baseUri, StringBuilder output)
    {
        var src = ImageSource(img, baseUri);
        if (src is null)
        {
            return false;
        }

        output.Append("<img src=\"").Append(HtmlEscaping.Attribute(src.AbsoluteUri)).Append("\" alt=\"")
            .Append(HtmlEscaping.Attribute(PlainText.Clean(img.GetAttribute("alt")))).Append('"');
        if (PlainText.Clean(img.GetAttribute("title")) is { Length: > 0 } title)
        {
            output.Append(" title=\"").Append(HtmlEscaping.Attribute(title)).Append('"');
        }

        output.Append(" />");
        return true;
    }

    /// <summary>The image's absolute http(s) URL; lazy-loading pages keep it in <c>data-src</c>.</summary>
    internal static Uri? ImageSource(IElement img, Uri baseUri) =>
        ItemIdentity.ResolveHttp(img.GetAttribute("src"), baseUri)
        ?? ItemIdentity.ResolveHttp(img.GetAttribute("data-src"), baseUri);

    private static string CollapseWhitespace(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            var isSpace = c is ' ' or '\t' or '\n' or '\r' or '\f';
            if (!isSpace || builder.Length == 0 || builder[^1] != ' ')
            {
                builder.Append(isSpace ? ' ' : c);
            }
        }

        return builder.ToString();
    }
}

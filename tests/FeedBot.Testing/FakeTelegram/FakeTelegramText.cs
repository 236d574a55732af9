using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace FeedBot.Testing.FakeTelegram;

/// <summary>
/// Parses a sent text as Telegram does: with parse mode HTML the supported tags become entities (bold, italic,
/// underline, strikethrough, spoiler, text_link with its url, code, pre, blockquote or expandable_blockquote) and only
/// &amp;lt; &amp;gt; &amp;amp; &amp;quot; and numeric references are decoded; an unknown tag, an end tag that does not
/// close the innermost open one, or a tag left open is an error ("can't parse entities: …"). Then, in any mode, the
/// hashtags Telegram detects (<see cref="FakeHashtags"/>). Offsets are UTF-16 code units of the visible text.
/// </summary>
public static partial class FakeTelegramText
{
    public static FakeParsedText Parse(string text, string? parseMode)
    {
        if (!string.Equals(parseMode, "HTML", StringComparison.OrdinalIgnoreCase))
        {
            return new FakeParsedText(text, FakeHashtags.Find(text));
        }

        var visible = new StringBuilder(text.Length);
        var entities = new List<FakeEntity>();
        var open = new Stack<(string Tag, string? Type, int Start, string? Url)>();
        var position = 0;
        while (position < text.Length)
        {
            var error = text[position] switch
            {
                '<' => Tag(text, ref position, visible, open, entities),
                '&' => Reference(text, ref position, visible),
                _ => Append(text[position++], visible),
            };
            if (error is not null)
            {
                return new FakeParsedText("", [], $"can't parse entities: {error}");
            }
        }

        if (open.Count > 0)
        {
            return new FakeParsedText("", [], $"can't parse entities: Can't find end tag corresponding to start tag \"{open.Peek().Tag}\"");
        }

        var visibleText = visible.ToString();
        entities.AddRange(FakeHashtags.Find(visibleText));
        return new FakeParsedText(visibleText, [.. entities.Where(e => e.Length > 0).OrderBy(e => e.Offset).ThenByDescending(e => e.Length)]);
    }

    private static string? Append(char c, StringBuilder visible)
    {
        visible.Append(c);
        return null;
    }

    private static string? Tag(
        string text, ref int position, StringBuilder visible, Stack<(string Tag, string? Type, int Start, string? Url)> open, List<FakeEntity> entities)
    {
        var match = TagPattern().Match(text, position);
        if (!match.Success || match.Index != position)
        {
            return $"Unexpected character \"<\" at byte offset {position}";
        }

        position += match.Length;
        var name = match.Groups["name"].Value.ToLowerInvariant();
        if (match.Groups["end"].Success)
        {
            if (open.Count == 0 || open.Peek().Tag != name)
            {
                return $"Unmatched end tag at byte offset {match.Index}, expected \"</{(open.Count == 0 ? "" : open.Peek().Tag)}>\", found \"</{name}>\"";
            }

            var (_, type, start, url) = open.Pop();
            if (type is not null)
            {
                entities.Add(new FakeEntity(type, start, visible.Length - start, url));
            }

            return null;
        }

        var attributes = match.Groups["attributes"].Value;
        if (TypeOf(name, attributes) is not { } entityType)
        {
            return $"Unsupported start tag \"{name}\" at byte offset {match.Index}";
        }

        open.Push((name, entityType.Length == 0 ? null : entityType, visible.Length, name == "a" ? Attribute(attributes, "href") : null));
        return null;
    }

    /// <summary>The entity type of a supported tag ("" for a supported tag that makes none), or null for an unsupported one.</summary>
    private static string? TypeOf(string tag, string attributes) => tag switch
    {
        "b" or "strong" => "bold",
        "i" or "em" => "italic",
        "u" or "ins" => "underline",
        "s" or "strike" or "del" => "strikethrough",
        "tg-spoiler" => "spoiler",
        "span" => Attribute(attributes, "class") == "tg-spoiler" ? "spoiler" : "",
        "a" => "text_link",
        "code" => "code",
        "pre" => "pre",
        "blockquote" => ExpandablePattern().IsMatch(attributes) ? "expandable_blockquote" : "blockquote",
        "tg-emoji" => "custom_emoji",
        _ => null,
    };

    private static string? Attribute(string attributes, string name) =>
        AttributePattern().Matches(attributes).FirstOrDefault(m => m.Groups["name"].Value.Equals(name, StringComparison.OrdinalIgnoreCase)) is { } m
            ? Decode(m.Groups["value"].Value)
            : null;

    private static string? Reference(string text, ref int position, StringBuilder visible)
    {
        var match = ReferencePattern().Match(text, position);
        if (!match.Success || match.Index != position)
        {
            visible.Append(text[position++]);
            return null;
        }

        visible.Append(Decode(match.Value));
        position += match.Length;
        return null;
    }

    private static string Decode(string value) => ReferencePattern().Replace(value, m => m.Groups["named"].Value switch
    {
        "lt" => "<",
        "gt" => ">",
        "amp" => "&",
        "quot" => "\"",
        "" when m.Groups["hex"].Success => char.ConvertFromUtf32(int.Parse(m.Groups["hex"].Value, NumberStyles.HexNumber, CultureInfo.InvariantCulture)),
        "" => char.ConvertFromUtf32(int.Parse(m.Groups["dec"].Value, CultureInfo.InvariantCulture)),
        _ => m.Value,
    });

    [GeneratedRegex(@"<(?<end>/)?(?<name>[A-Za-z][A-Za-z0-9-]*)(?<attributes>[^>]*)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex(@"&(?:(?<named>lt|gt|amp|quot)|#x(?<hex>[0-9A-Fa-f]{1,6})|#(?<dec>[0-9]{1,7}));")]
    private static partial Regex ReferencePattern();

    [GeneratedRegex(@"(?<name>[A-Za-z-]+)\s*=\s*""(?<value>[^""]*)""")]
    private static partial Regex AttributePattern();

    [GeneratedRegex(@"(^|\s)expandable(\s|=|$)")]
    private static partial Regex ExpandablePattern();
}

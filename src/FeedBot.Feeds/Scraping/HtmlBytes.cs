using System.Text;
using System.Text.RegularExpressions;

namespace FeedBot.Feeds.Scraping;

/// <summary>Decides whether fetched bytes are HTML and decodes them: BOM, then header charset, then meta, else UTF-8.</summary>
internal static partial class HtmlBytes
{
    private static readonly byte[][] BinarySignatures =
    [
        [0x89, 0x50, 0x4E, 0x47], // PNG
        [0xFF, 0xD8, 0xFF], // JPEG
        "GIF8"u8.ToArray(),
        "%PDF"u8.ToArray(),
        [0x50, 0x4B, 0x03, 0x04], // ZIP, docx, xlsx
        [0x1F, 0x8B], // gzip that was not decoded
        "RIFF"u8.ToArray(), // WebP, AVI, WAV
    ];

    public static bool IsHtmlMediaType(string? mediaType) =>
        mediaType is null
        || mediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase)
        || mediaType.Equals("application/xhtml+xml", StringComparison.OrdinalIgnoreCase);

    /// <summary>True when the first bytes are a known binary format or hold NUL bytes (which no HTML page has).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> body)
    {
        foreach (var signature in BinarySignatures)
        {
            if (body.StartsWith(signature))
            {
                return true;
            }
        }

        var head = body[..Math.Min(body.Length, 1024)];
        var isUtf16 = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]);
        return !isUtf16 && head.Contains((byte)0);
    }

    public static string Decode(ReadOnlySpan<byte> body, string? headerCharset)
    {
        var encoding = FromBom(body, out var bomLength)
            ?? Find(headerCharset)
            ?? AsciiCompatible(Find(MetaCharset(body)))
            ?? Encoding.UTF8;
        return encoding.GetString(body[bomLength..]);
    }

    /// <summary>A meta tag that could be read as ASCII cannot truly mean UTF-16 (the HTML spec reads it as UTF-8).</summary>
    private static Encoding? AsciiCompatible(Encoding? encoding) =>
        encoding is UnicodeEncoding or UTF32Encoding ? Encoding.UTF8 : encoding;

    private static Encoding? FromBom(ReadOnlySpan<byte> body, out int length)
    {
        (length, var encoding) = body switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (3, Encoding.UTF8),
            [0xFF, 0xFE, ..] => (2, Encoding.Unicode),
            [0xFE, 0xFF, ..] => (2, Encoding.BigEndianUnicode),
            _ => (0, (Encoding?)null),
        };
        return encoding;
    }

    private static string? MetaCharset(ReadOnlySpan<byte> body)
    {
        var head = Encoding.ASCII.GetString(body[..Math.Min(body.Length, 4096)]);
        var match = MetaCharsetPattern().Match(head);
        return match.Success ? match.Groups[1].Value : null;
    }

    /// <summary>Finds an encoding by label, including legacy code pages (windows-1258) without global registration.</summary>
    internal static Encoding? Find(string? label)
    {
        label = label?.Trim().Trim('"', '\'');
        if (string.IsNullOrEmpty(label))
        {
            return null;
        }

        try
        {
            return CodePagesEncodingProvider.Instance.GetEncoding(label) ?? Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharsetPattern();
}

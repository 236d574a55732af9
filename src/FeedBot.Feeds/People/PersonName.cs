using System.Buffers;
using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using FeedBot.Feeds.Text;

namespace FeedBot.Feeds.People;

/// <summary>
/// The one normal form that names and texts are compared in: <see cref="PlainText.Clean"/> (NFC, one space for every
/// whitespace run), lower case, <c>ð</c> read as <c>đ</c>, and the tone of <c>oa</c>, <c>oe</c>, <c>uy</c> at a
/// syllable's end on the second vowel (<c>Thủy</c> and <c>Thuỷ</c> are one spelling). Diacritics are kept. The result
/// has one UTF-16 unit per unit of the cleaned text, so positions in it are positions in the cleaned text.
/// </summary>
internal static class PersonName
{
    private static readonly FrozenDictionary<char, (char Vowel, char Tone, string Next)> TonedFirstVowels = BuildTonedVowels();
    private static readonly SearchValues<char> TonedFirstVowelKeys = SearchValues.Create([.. TonedFirstVowels.Keys]);

    public static string Normalize(string? text)
    {
        var lower = PlainText.Clean(text).ToLowerInvariant();
        if (!lower.Contains('ð') && !HasMovableTone(lower))
        {
            return lower;
        }

        var chars = lower.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] == 'ð')
            {
                chars[i] = 'đ';
            }
            else if (MovableTone(lower, i) is { } tone)
            {
                chars[i] = tone.Vowel;
                chars[i + 1] = string.Concat(chars[i + 1], tone.Tone).Normalize(NormalizationForm.FormC)[0];
            }
        }

        return new string(chars);
    }

    /// <summary>True when the text has a letter or digit: a name must have one to be matched at all.</summary>
    public static bool HasLetter(string normalized) => normalized.Any(char.IsLetterOrDigit);

    /// <summary>Letters, digits and combining marks are word characters: a name never matches inside a longer word.</summary>
    public static bool IsWordBoundaryBefore(string text, int index) =>
        index == 0 || !IsWordRune(Rune.DecodeLastFromUtf16(text.AsSpan(0, index), out var rune, out _) == OperationStatus.Done ? rune : Rune.ReplacementChar);

    public static bool IsWordBoundaryAfter(string text, int index) =>
        index >= text.Length || !IsWordRune(Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out _) == OperationStatus.Done ? rune : Rune.ReplacementChar);

    private static bool IsWordRune(Rune rune) =>
        Rune.IsLetterOrDigit(rune) || Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static bool HasMovableTone(string text)
    {
        var start = 0;
        int found;
        while ((found = text.AsSpan(start).IndexOfAny(TonedFirstVowelKeys)) >= 0)
        {
            if (MovableTone(text, start + found) is not null)
            {
                return true;
            }

            start += found + 1;
        }

        return false;
    }

    /// <summary>A toned <c>o</c> before <c>a</c>/<c>e</c>, or toned <c>u</c> before <c>y</c>, ending the syllable.</summary>
    private static (char Vowel, char Tone)? MovableTone(string text, int i) =>
        i + 1 < text.Length && TonedFirstVowels.TryGetValue(text[i], out var toned) && toned.Next.Contains(text[i + 1])
            && IsWordBoundaryAfter(text, i + 2)
            ? (toned.Vowel, toned.Tone)
            : null;

    private static FrozenDictionary<char, (char Vowel, char Tone, string Next)> BuildTonedVowels()
    {
        var tones = new[] { '\u0300', '\u0301', '\u0303', '\u0309', '\u0323' };
        var vowels = new[] { ('o', "ae"), ('u', "y") };
        return vowels
            .SelectMany(v => tones.Select(t => (Key: string.Concat(v.Item1, t).Normalize(NormalizationForm.FormC)[0], Value: (v.Item1, t, v.Item2))))
            .ToFrozenDictionary(e => e.Key, e => e.Value);
    }
}

using System.Globalization;
using System.Text;

namespace FeedBot.Testing.FakeTelegram;

/// <summary>
/// The hashtags Telegram finds in a text, by TDLib's rule (td/telegram/MessageEntity.cpp, match_hashtags):
/// <c>(?&lt;=^|[^\d_\pL\x{200c}])#([\d_\pL\x{200c}]{1,256})(?![\d_\pL\x{200c}]*#)</c> with at least one letter; a longer
/// run is cut after 256 characters. Offsets and lengths in UTF-16 code units, as the Bot API reports them.
/// </summary>
public static class FakeHashtags
{
    public static IReadOnlyList<FakeEntity> Find(string text)
    {
        var found = new List<FakeEntity>();
        for (var i = text.IndexOf('#'); i >= 0 && i < text.Length; i = text.IndexOf('#', i + 1))
        {
            if (i > 0 && IsHashtagChar(PreviousRune(text, i)))
            {
                continue;
            }

            if (Match(text, i) is { } length)
            {
                found.Add(new FakeEntity("hashtag", i, length));
            }
        }

        return found;
    }

    /// <summary>The UTF-16 length of the hashtag starting at <paramref name="hash"/>, or null when there is none.</summary>
    private static int? Match(string text, int hash)
    {
        var position = hash + 1;
        var end = position;
        var count = 0;
        var letter = false;
        while (position < text.Length && Rune.TryGetRuneAt(text, position, out var rune) && IsHashtagChar(rune))
        {
            if (count < 256)
            {
                letter |= Rune.IsLetter(rune);
                count++;
                end = position + rune.Utf16SequenceLength;
            }

            position += rune.Utf16SequenceLength;
        }

        var followedByHash = position < text.Length && text[position] == '#';
        return count == 0 || followedByHash || !letter ? null : end - hash;
    }

    private static Rune PreviousRune(string text, int index) =>
        index >= 2 && char.IsLowSurrogate(text[index - 1]) && char.IsHighSurrogate(text[index - 2])
            ? new Rune(text[index - 2], text[index - 1])
            : Rune.TryCreate(text[index - 1], out var rune) ? rune : Rune.ReplacementChar;

    private static bool IsHashtagChar(Rune rune) =>
        rune.Value is '_' or 0x200C || Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) == UnicodeCategory.DecimalDigitNumber;
}

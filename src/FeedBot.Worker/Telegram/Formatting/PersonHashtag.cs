using System.Text;

namespace FeedBot.Worker.Telegram.Formatting;

/// <summary>
/// A person's hashtag as Telegram recognises one (TDLib's <c>match_hashtags</c>, which the Bot API runs on every text):
/// <c>#</c> then 1-256 letters (any script: <c>\pL</c>), decimal digits or <c>_</c>, with at least one letter, not
/// preceded by such a character and not followed by another <c>#</c>. So <c>Đào Hồng Lan</c> becomes
/// <c>#ĐàoHồngLan</c>: the name in NFC (Vietnamese letters are then single precomposed letters; in NFD a combining
/// accent would end the tag), every word capitalised and joined, anything else (spaces, hyphens, dots) dropped. A tap on
/// it, or a search for it, finds every message that carries it.
/// </summary>
public static class PersonHashtag
{
    public const int MaxLength = 256;

    /// <summary>The hashtag with its <c>#</c>, or null when the name has no letter.</summary>
    public static string? For(string name)
    {
        var tag = new StringBuilder();
        var startOfWord = true;
        var count = 0;
        var hasLetter = false;
        foreach (var rune in name.Normalize(NormalizationForm.FormC).EnumerateRunes())
        {
            if (!IsHashtagCharacter(rune))
            {
                startOfWord = true;
                continue;
            }

            if (count == MaxLength)
            {
                break;
            }

            tag.Append((startOfWord ? Rune.ToUpperInvariant(rune) : rune).ToString());
            hasLetter |= Rune.IsLetter(rune);
            startOfWord = false;
            count++;
        }

        return hasLetter ? "#" + tag : null;
    }

    private static bool IsHashtagCharacter(Rune rune) =>
        Rune.IsLetter(rune) || Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.DecimalDigitNumber || rune.Value == '_';
}

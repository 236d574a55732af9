using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.People;

/// <summary>
/// Tags a text (an item's title, summary, article text: plain strings, entities already decoded) with every person of
/// <c>FeedBot:People</c> whose name or an alias occurs in it: case-insensitive, NFC, any whitespace run as one space,
/// diacritics significant (<c>Thức</c> is not <c>Thúc</c>), on word boundaries (<c>Lan</c> is not in <c>Lanh</c>).
/// The names are normalized once, here; a match is an ordinal search of the normalized text. Thread-safe.
/// </summary>
public sealed class PersonMatcher
{
    private readonly (PersonOptions Person, string[] Forms)[] _people;

    public PersonMatcher(IOptions<PeopleOptions> options)
    {
        People = options.Value.People.ToArray();
        _people = People
            .Select(p => (p, new[] { p.Name }.Concat(p.Aliases ?? []).Select(PersonName.Normalize)
                .Where(PersonName.HasLetter).Distinct(StringComparer.Ordinal).ToArray()))
            .ToArray();
    }

    /// <summary>The configured people, in configuration order.</summary>
    public IReadOnlyList<PersonOptions> People { get; }

    /// <summary>Every person named in any of the texts, once each, in configuration order. A name must lie
    /// within one text: the end of a title and the start of a summary never make one.</summary>
    public IReadOnlyList<PersonOptions> Match(params IEnumerable<string?> texts)
    {
        var normalized = texts.Where(t => !string.IsNullOrEmpty(t)).Select(PersonName.Normalize).ToArray();
        var found = new List<PersonOptions>();
        foreach (var (person, forms) in _people)
        {
            if (forms.Any(form => normalized.Any(text => Contains(text, form))))
            {
                found.Add(person);
            }
        }

        return found;
    }

    /// <summary>The ids of <see cref="Match"/>.</summary>
    public IReadOnlyList<string> MatchIds(params IEnumerable<string?> texts) => Match(texts).Select(p => p.Id).ToArray();

    private static bool Contains(string text, string form)
    {
        for (var at = text.IndexOf(form, StringComparison.Ordinal); at >= 0; at = text.IndexOf(form, at + 1, StringComparison.Ordinal))
        {
            if (PersonName.IsWordBoundaryBefore(text, at) && PersonName.IsWordBoundaryAfter(text, at + form.Length))
            {
                return true;
            }
        }

        return false;
    }
}

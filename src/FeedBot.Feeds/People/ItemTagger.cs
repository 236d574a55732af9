using System.Security.Cryptography;
using System.Text;
using FeedBot.Feeds.Text;

namespace FeedBot.Feeds.People;

/// <summary>
/// An item's person tags: the ids of everyone <see cref="PersonMatcher"/> finds in its title, summary or article text
/// (each block of the sanitized article HTML read as its own text), in configuration order. <see cref="Fingerprint"/>
/// identifies the people list as the matcher reads it, so stored tags can tell whether they are current.
/// </summary>
public sealed class ItemTagger
{
    /// <summary>Moves when the way texts are matched changes, so that stored tags are recomputed.</summary>
    private const string MatchingVersion = "people-tags-1";

    private readonly PersonMatcher _matcher;
    private readonly HtmlBlocks _blocks;
    private readonly Dictionary<string, int> _order;

    public ItemTagger(PersonMatcher matcher, HtmlBlocks blocks)
    {
        _matcher = matcher;
        _blocks = blocks;
        _order = matcher.People.Select((p, i) => (p.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        Fingerprint = ComputeFingerprint(matcher.People);
    }

    /// <summary>SHA-256 (hex) of the ids, names and aliases in their normal form: equal when tagging would be.</summary>
    public string Fingerprint { get; }

    public IReadOnlyList<string> Tag(string? title, string? summary, string? contentHtml) =>
        _matcher.MatchIds([title, summary, .. _blocks.Read(contentHtml)]);

    /// <summary>Stored ids in configuration order; ids no longer configured last, by ordinal.</summary>
    public IReadOnlyList<string> InOrder(IEnumerable<string> ids) =>
        ids.Distinct(StringComparer.Ordinal)
            .OrderBy(id => _order.TryGetValue(id, out var at) ? at : int.MaxValue)
            .ThenBy(id => id, StringComparer.Ordinal)
            .ToArray();

    private static string ComputeFingerprint(IEnumerable<PersonOptions> people)
    {
        var text = new StringBuilder(MatchingVersion);
        foreach (var person in people)
        {
            var forms = new[] { person.Name }.Concat(person.Aliases ?? []).Select(PersonName.Normalize).Order(StringComparer.Ordinal);
            text.Append('\n').Append(person.Id).Append('\t').AppendJoin('\t', forms);
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

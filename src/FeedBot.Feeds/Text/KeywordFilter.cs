namespace FeedBot.Feeds.Text;

/// <summary>
/// A keyword query: every plain word must occur, no <c>-word</c> may occur; matching ignores case and
/// Vietnamese diacritics. Used by the feeds' <c>q</c> parameter and the bot's <c>/filter</c>.
/// </summary>
public sealed class KeywordFilter
{
    /// <summary>The query with no words: matches everything. Shared, since a filter never changes.</summary>
    public static readonly KeywordFilter None = new([], [], "");

    private readonly string[] _required;
    private readonly string[] _excluded;

    private KeywordFilter(string[] required, string[] excluded, string text)
    {
        _required = required;
        _excluded = excluded;
        Text = text;
    }

    /// <summary>The query as given, trimmed.</summary>
    public string Text { get; }

    public bool IsEmpty => _required.Length == 0 && _excluded.Length == 0;

    public static KeywordFilter Parse(string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            return None;
        }

        var words = (query ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var required = words.Where(w => !w.StartsWith('-')).Select(TextFolding.Fold).Where(w => w.Length > 0);
        var excluded = words.Where(w => w.StartsWith('-')).Select(w => TextFolding.Fold(w[1..])).Where(w => w.Length > 0);
        return new KeywordFilter(required.ToArray(), excluded.ToArray(), string.Join(' ', words));
    }

    public bool Matches(params string?[] fields)
    {
        var haystack = TextFolding.Fold(string.Join('\n', fields.Where(f => f is not null)));
        return _required.All(w => haystack.Contains(w, StringComparison.Ordinal))
            && !_excluded.Any(w => haystack.Contains(w, StringComparison.Ordinal));
    }
}

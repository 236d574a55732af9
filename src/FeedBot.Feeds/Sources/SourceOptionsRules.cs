using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace FeedBot.Feeds.Sources;

/// <summary>The checks one source's configuration must pass; each message starts with the offending key.</summary>
internal static partial class SourceOptionsRules
{
    private static readonly HtmlParser Parser = new();

    public static IEnumerable<string> Check(string key, SourceOptions s)
    {
        if (!IdPattern().IsMatch(s.Id))
        {
            yield return $"{key}:Id: '{s.Id}' must be 1-48 characters of a-z, 0-9, '-' or '_'; Telegram's buttons carry it in 64 bytes.";
        }

        if (string.IsNullOrWhiteSpace(s.Title))
        {
            yield return $"{key}:Title: a source needs a title.";
        }

        if (!Uri.TryCreate(s.ListingUrl, UriKind.Absolute, out var url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"{key}:ListingUrl: '{s.ListingUrl}' is not an absolute http(s) URL.";
        }

        if (s.BackfillPages is < 1 or > 100)
        {
            yield return $"{key}:BackfillPages: {s.BackfillPages} is outside 1-100.";
        }

        if (s.MaxPagesPerPoll is < 1 or > 100)
        {
            yield return $"{key}:MaxPagesPerPoll: {s.MaxPagesPerPoll} is outside 1-100.";
        }

        if (s.ArticleRetryMinutes is < 0 or > 10080)
        {
            yield return $"{key}:ArticleRetryMinutes: {s.ArticleRetryMinutes} is outside 0-10080 (a week).";
        }

        if (s.BackfillPages > 1 && string.IsNullOrWhiteSpace(s.PageParameter))
        {
            yield return $"{key}:PageParameter: paging past page 1 needs the page query parameter (e.g. _101_INSTANCE_x_cur).";
        }

        foreach (var error in CheckSelectors(key, s.Selectors).Concat(CheckRules(key, s)))
        {
            yield return error;
        }
    }

    private static IEnumerable<string> CheckSelectors(string key, SelectorOptions sel)
    {
        var required = new (string Name, string? Value)[]
        {
            ("Selectors:Item", sel.Item), ("Selectors:Title", sel.Title), ("Selectors:Link", sel.Link),
            ("Selectors:Date", sel.Date), ("Selectors:Detail:Body", sel.Detail.Body),
        };
        var optional = new (string Name, string? Value)[]
        {
            ("Selectors:Summary", sel.Summary), ("Selectors:Image", sel.Image),
            ("Selectors:Detail:Title", sel.Detail.Title), ("Selectors:Detail:Date", sel.Detail.Date),
        };
        var removes = sel.Detail.Remove.Select((r, i) => (Name: $"Selectors:Detail:Remove:{i}", Value: (string?)r));
        foreach (var (name, value) in required.Where(r => string.IsNullOrWhiteSpace(r.Value)))
        {
            yield return $"{key}:{name}: a CSS selector is required.";
        }

        foreach (var (name, value) in required.Concat(optional).Concat(removes).Where(r => !string.IsNullOrWhiteSpace(r.Value)))
        {
            if (!IsValidSelector(value!))
            {
                yield return $"{key}:{name}: '{value}' is not a valid CSS selector.";
            }
        }
    }

    private static IEnumerable<string> CheckRules(string key, SourceOptions s)
    {
        if (s.DateFormats.Count == 0)
        {
            yield return $"{key}:DateFormats: list at least one date format (e.g. dd/MM/yyyy HH:mm).";
        }

        foreach (var (name, zone) in new[] { ("ClockTimeZone", s.ClockTimeZone), ("DisplayTimeZone", s.DisplayTimeZone) })
        {
            if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone ?? "", out _))
            {
                yield return $"{key}:{name}: '{zone}' is not a known time zone (use an IANA id such as Asia/Ho_Chi_Minh or UTC).";
            }
        }

        string? regexError = null;
        try
        {
            if (new Regex(s.IdentityPattern).GetGroupNumbers().Length < 2)
            {
                regexError = "needs one capture group holding the item's identity";
            }
        }
        catch (ArgumentException ex)
        {
            regexError = ex.Message;
        }

        if (regexError is not null)
        {
            yield return $"{key}:IdentityPattern: '{s.IdentityPattern}' {regexError}.";
        }
    }

    internal static bool IsValidSelector(string selector)
    {
        try
        {
            using var document = Parser.ParseDocument("");
            document.QuerySelector(selector);
            return true;
        }
        catch (DomException)
        {
            return false;
        }
    }

    [GeneratedRegex("^[a-z0-9_-]{1,48}$")]
    private static partial Regex IdPattern();
}

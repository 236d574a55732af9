using System.Text.RegularExpressions;
using System.Xml.Linq;
using FeedBot.Feeds.Writing;

namespace FeedBot.Feeds.Tests.Writing;

/// <summary>
/// The constraints of RFC 4287's RELAX NG grammar (atom.rnc) and its Schematron rules that apply to what FeedBot
/// writes: element cardinalities, only Atom names from the grammar, absolute IRIs, RFC 3339 dates, text types,
/// person constructs, one alternate link per type, author at feed level, alternate link or content per entry.
/// </summary>
internal static partial class AtomRules
{
    private static readonly XNamespace A = AtomFeedWriter.Namespace;
    private static readonly HashSet<string> FeedChildren = ["author", "category", "contributor", "generator", "icon", "id", "link", "logo", "rights", "subtitle", "title", "updated", "entry"];
    private static readonly HashSet<string> EntryChildren = ["author", "category", "content", "contributor", "id", "link", "published", "rights", "source", "summary", "title", "updated"];

    public static void AssertValid(XDocument document)
    {
        var feed = document.Root!;
        Assert.Equal(A + "feed", feed.Name);
        AssertChildren(feed, FeedChildren, exactlyOne: ["id", "title", "updated"], atMostOne: ["generator", "icon", "logo", "rights", "subtitle"]);
        Assert.True(feed.Elements(A + "author").Any() || feed.Elements(A + "entry").All(e => e.Elements(A + "author").Any()),
            "An atom:feed must have an atom:author unless all of its atom:entry children have one.");
        foreach (var entry in feed.Elements(A + "entry"))
        {
            AssertChildren(entry, EntryChildren, exactlyOne: ["id", "title", "updated"], atMostOne: ["content", "published", "rights", "source", "summary"]);
            Assert.True(entry.Elements(A + "link").Any(l => (string?)l.Attribute("rel") is null or "alternate") || entry.Element(A + "content") is not null,
                "An atom:entry must have a link with rel alternate or a content.");
        }

        foreach (var element in feed.DescendantsAndSelf().Where(e => e.Name.Namespace == A))
        {
            AssertElement(element);
        }
    }

    private static void AssertChildren(XElement parent, HashSet<string> allowed, string[] exactlyOne, string[] atMostOne)
    {
        var atom = parent.Elements().Where(e => e.Name.Namespace == A).ToList();
        Assert.All(atom, e => Assert.Contains(e.Name.LocalName, allowed));
        Assert.All(exactlyOne, name => Assert.Single(atom, e => e.Name.LocalName == name));
        Assert.All(atMostOne, name => Assert.True(atom.Count(e => e.Name.LocalName == name) <= 1, $"more than one atom:{name} in {parent.Name.LocalName}"));
        var alternates = parent.Elements(A + "link").Where(l => (string?)l.Attribute("rel") is null or "alternate")
            .GroupBy(l => ((string?)l.Attribute("type"), (string?)l.Attribute("hreflang")));
        Assert.All(alternates, g => Assert.Single(g));
    }

    private static void AssertElement(XElement element)
    {
        switch (element.Name.LocalName)
        {
            case "id" or "icon" or "logo" or "uri":
                AssertAbsoluteIri(element.Value);
                break;
            case "updated" or "published":
                Assert.Matches(Rfc3339(), element.Value);
                break;
            case "link":
                AssertAbsoluteIri((string?)element.Attribute("href") ?? "");
                break;
            case "title" or "subtitle" or "summary" or "rights" or "content":
                Assert.Contains((string?)element.Attribute("type") ?? "text", new[] { "text", "html" });
                Assert.Empty(element.Elements());
                break;
            case "author" or "contributor":
                Assert.Single(element.Elements(A + "name"));
                break;
        }
    }

    private static void AssertAbsoluteIri(string value) =>
        Assert.True(Uri.TryCreate(value, UriKind.Absolute, out _), $"'{value}' is not an absolute IRI");

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$")]
    private static partial Regex Rfc3339();
}

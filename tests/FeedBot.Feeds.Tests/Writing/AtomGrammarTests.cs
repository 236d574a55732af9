using FeedBot.Feeds.Writing;
using FeedBot.Testing.Hostile;

namespace FeedBot.Feeds.Tests.Writing;

/// <summary>The Atom writer's output against RFC 4287's own RELAX NG grammar (Fixtures/schemas/atom.rnc), checked by jing.</summary>
public sealed class AtomGrammarTests
{
    private static readonly string Grammar = Fixture.PathOf("schemas/atom.rnc");
    private readonly AtomFeedWriter _writer = new();

    [JingFact]
    public async Task Write_SampleItems_ValidAgainstRfc4287Grammar() =>
        await AssertValidAsync(SampleFeed.Write(_writer));

    [JingFact]
    public async Task Write_EmptyFeed_ValidAgainstRfc4287Grammar() =>
        await AssertValidAsync(SampleFeed.Write(_writer, []));

    [JingFact]
    public async Task Write_HostileTitleSummaryAndArticle_ValidAgainstRfc4287Grammar()
    {
        var items = SampleFeed.Items().Select(i => i with { Title = HostileContent.Text, Summary = HostileContent.Text, ContentHtml = $"<p>{HostileContent.Text}</p>" }).ToList();

        await AssertValidAsync(SampleFeed.Write(_writer, items));
    }

    [JingFact]
    public async Task Validate_EntryWithoutId_RejectedByTheGrammar()
    {
        var broken = SampleFeed.Write(_writer).Replace("<id>tag:feedbot,2025:moh-leadership/hop-giao-ban</id>", "", StringComparison.Ordinal);

        var (exitCode, output) = await Jing.ValidateAsync(Grammar, broken);

        Assert.NotEqual(0, exitCode);
        Assert.Contains("missing required element \"id\"", output);
    }

    private static async Task AssertValidAsync(string atom)
    {
        var (exitCode, output) = await Jing.ValidateAsync(Grammar, atom);

        Assert.True(exitCode == 0, $"jing rejected the feed:\n{output}");
    }
}

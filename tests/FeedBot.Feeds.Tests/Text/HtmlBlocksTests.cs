using FeedBot.Feeds.Text;

namespace FeedBot.Feeds.Tests.Text;

public sealed class HtmlBlocksTests
{
    private readonly HtmlBlocks _blocks = new();

    [Fact]
    public void Read_SequentialParsesOnOneInstance_EachReadsOnlyItsOwnHtml()
    {
        var first = _blocks.Read("<p>Đào <strong>Hồng Lan</strong></p><ul><li>một</li></ul>");
        var second = _blocks.Read("<table><tr><td>hai</td></tr></table>ba");

        Assert.Equal(["Đào Hồng Lan", "một"], first);
        Assert.Equal(["hai", "ba"], second);
    }

    [Fact]
    public async Task Read_ManyThreadsAtOnce_SameBlocksAsOneAtATime()
    {
        var pages = Enumerable.Range(0, 16).Select(i => $"<p>Đoạn {i}</p><h2>Tiêu đề {i}</h2><p>Có <em>chữ</em> {i}</p>").ToList();
        var expected = pages.Select(p => string.Join('|', new HtmlBlocks().Read(p))).ToList();

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() =>
            Enumerable.Range(0, 50).SelectMany(_ => pages.Select((p, i) => (i, Text: string.Join('|', _blocks.Read(p))))).ToList())));

        Assert.All(results.SelectMany(r => r), r => Assert.Equal(expected[r.i], r.Text));
    }
}

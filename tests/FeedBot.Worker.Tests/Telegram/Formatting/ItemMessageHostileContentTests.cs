using FeedBot.Testing.Builders;
using FeedBot.Testing.Hostile;
using FeedBot.Worker.Telegram.Formatting;

namespace FeedBot.Worker.Tests.Telegram.Formatting;

/// <summary>A message in HTML parse mode, parsed as HTML: markup from the site's title and summary shows as text.</summary>
public sealed class ItemMessageHostileContentTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Format_TitleAndSummaryWithMarkup_ShownAsTextOnlyTheLayoutsTags(bool sendPhotos)
    {
        var item = FeedItemBuilder.Item("markup-as-text").WithTitle(HostileContent.Text).WithSummary(HostileContent.Text)
            .WithImage("https://moh.gov.vn/a.jpg").WithContent(null).Build();

        var message = TestFormatter.Create(sendPhotos).Format(item, "Bộ Y tế", "vi", MessageFormat.Short);

        var body = HostileContent.AssertInert(message.Html).Body!;
        Assert.Equal(["b", "a"], body.QuerySelectorAll("*").Select(e => e.LocalName));
        Assert.Equal(item.Link, body.QuerySelector("a")!.GetAttribute("href"));
        Assert.Equal(HostileContent.Text, body.QuerySelector("b")!.TextContent);
        Assert.EndsWith("\n\n" + HostileContent.Text, body.TextContent);
    }
}

using FeedBot.Feeds.Text;
using System.Net;
using System.Text.RegularExpressions;
using FeedBot.Testing.Builders;
using FeedBot.Worker.Telegram.Formatting;

namespace FeedBot.Worker.Tests.Telegram.Formatting;

public sealed partial class ItemMessageFormatterTests
{
    private const string Source = "Bộ Y tế: Hoạt động của lãnh đạo Bộ";

    [Fact]
    public void Format_TypicalItem_MatchesGoldenFile()
    {
        var message = Formatter().Format(Typical().Build(), Source, "vi", MessageFormat.Short);

        var golden = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "telegram", "item-message.html"));
        Assert.Equal(golden, message.Html);
        Assert.Null(message.PhotoUrl);
    }

    [Fact]
    public void Format_PublishedLateUtc_ShowsNextDayInVietnamTime()
    {
        var item = Typical().With(i => i with { PublishedUtc = new DateTimeOffset(2025, 12, 31, 17, 30, 0, TimeSpan.Zero) }).Build();

        Assert.Contains("01/01/2026 00:30", Formatter().Format(item, Source, "vi", MessageFormat.Short).Html);
        Assert.Contains("01 Jan 2026 00:30 (Vietnam)", Formatter().Format(item, Source, "en", MessageFormat.Short).Html);
    }

    [Fact]
    public void Format_MarkupInText_IsEscapedAndOnlyTelegramTagsRemain()
    {
        var item = Typical().WithTitle("A < B & C > D <script>alert(1)</script>").WithSummary("<p>x</p> & <b>y</b>")
            .WithLink("https://moh.gov.vn/a?x=1&y=\"2\"").Build();

        var html = Formatter().Format(item, "Nguồn <i>", "vi", MessageFormat.Short).Html;

        Assert.Contains("A &lt; B &amp; C &gt; D &lt;script&gt;alert(1)&lt;/script&gt;", html);
        Assert.Contains("&lt;p&gt;x&lt;/p&gt; &amp; &lt;b&gt;y&lt;/b&gt;", html);
        Assert.Contains("href=\"https://moh.gov.vn/a?x=1&amp;y=&quot;2&quot;\"", html);
        Assert.Equal(["a", "b"], Tags().Matches(html).Select(m => m.Groups[1].Value).Distinct().Order());
    }

    [Fact]
    public void Format_NonHttpLink_TitleWithoutLink()
    {
        var html = Formatter().Format(Typical().WithLink("javascript:alert(1)").Build(), Source, "vi", MessageFormat.Short).Html;

        Assert.DoesNotContain("<a", html);
        Assert.DoesNotContain("javascript", html);
    }

    [Fact]
    public void Format_HugeSummaryWithEmoji_CutsOnWordBoundaryWithin4096CodePoints()
    {
        var summary = string.Concat(Enumerable.Repeat("Bộ 😀 trưởng ", 1500));
        var message = Formatter().Format(Typical().WithSummary(summary).Build(), Source, "vi", MessageFormat.Short);

        var visible = Visible(message.Html);
        Assert.InRange(TelegramHtml.CodePoints(visible), 4000, 4096);
        Assert.True(visible.Length > 4096, "emoji are two UTF-16 units but one code point");
        Assert.EndsWith("…", visible);
        Assert.Matches(@"(Bộ|😀|trưởng)…$", visible);
        Assert.InRange(TelegramHtml.CodePoints(message.PlainText), 4000, 4096);
        Assert.EndsWith(Typical().Build().Link, message.PlainText);
    }

    [Fact]
    public void Format_ImageAndSendPhotosOn_CaptionWithin1024()
    {
        var item = Typical().WithImage("https://moh.gov.vn/a.jpg").WithSummary(string.Concat(Enumerable.Repeat("lãnh đạo ", 400))).Build();

        var message = Formatter(sendPhotos: true).Format(item, Source, "vi", MessageFormat.Short);

        Assert.Equal("https://moh.gov.vn/a.jpg", message.PhotoUrl);
        Assert.InRange(TelegramHtml.CodePoints(Visible(message.Html)), 1000, 1024);
        Assert.EndsWith("…", message.Html);
    }

    [Fact]
    public void Format_ImageButSendPhotosOff_TextMessage()
    {
        var item = Typical().WithImage("https://moh.gov.vn/a.jpg").Build();

        Assert.Null(Formatter(sendPhotos: false).Format(item, Source, "vi", MessageFormat.Short).PhotoUrl);
    }

    [Fact]
    public void Format_HugeTitleNoSummary_CutsTheTitle()
    {
        var item = Typical().WithTitle(string.Concat(Enumerable.Repeat("tiêu đề ", 1000))).WithSummary(null).Build();

        var visible = Visible(Formatter().Format(item, Source, "vi", MessageFormat.Short).Html);

        Assert.InRange(TelegramHtml.CodePoints(visible), 4000, 4096);
        Assert.Contains("đề…\n", visible);
    }

    [Theory]
    [InlineData("một hai ba", 20, "một hai ba")]
    [InlineData("một hai ba bốn năm", 12, "một hai ba…")]
    [InlineData("mộthaibabốnnăm", 6, "mộtha…")]
    public void Cut_Text_KeepsWholeWordsWithinLimit(string text, int max, string expected)
    {
        Assert.Equal(expected, TelegramHtml.Cut(text, max));
    }

    /// <summary>A typical item: a title, a summary, no photo and no article text yet.</summary>
    private static FeedItemBuilder Typical() => FeedItemBuilder.Item("bai-a")
        .WithTitle("Bộ trưởng làm việc với Bệnh viện Bạch Mai")
        .WithSummary("Sáng 29/6, Bộ trưởng Bộ Y tế làm việc với lãnh đạo Bệnh viện Bạch Mai về kế hoạch năm 2025.")
        .WithImage(null)
        .WithContent(null);

    private static ItemMessageFormatter Formatter(bool sendPhotos = false) => TestFormatter.Create(sendPhotos);

    private static string Visible(string html) => WebUtility.HtmlDecode(Tags().Replace(html, ""));

    [GeneratedRegex("</?([a-z-]+)[^>]*>")]
    private static partial Regex Tags();
}

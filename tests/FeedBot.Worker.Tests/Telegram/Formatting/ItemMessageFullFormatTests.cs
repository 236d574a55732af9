using FeedBot.Testing.Builders;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Hostile;
using FeedBot.Worker.Telegram.Formatting;

namespace FeedBot.Worker.Tests.Telegram.Formatting;

/// <summary>
/// The full format and hashtags, each message read back the way Telegram parses it (the fake Bot API's parser: visible
/// text, entities with UTF-16 offsets), so the limit is checked on what Telegram counts and not on our own arithmetic.
/// </summary>
public sealed class ItemMessageFullFormatTests
{
    private const string Source = "Bộ Y tế: Hoạt động của lãnh đạo Bộ";
    private const string Words = "Bộ trưởng 😀 làm việc với lãnh đạo bệnh viện ";

    [Fact]
    public void Format_FullWithArticle_MatchesGoldenFile()
    {
        var message = Full(Typical().WithContent("<p>Sáng 29/6, Bộ trưởng Bộ Y tế làm việc với lãnh đạo Bệnh viện Bạch Mai về kế hoạch năm 2025.</p><p><strong>Đoạn một</strong> của bài.</p><ul><li>Ý thứ nhất</li><li>Ý thứ hai</li></ul>"), TestFormatter.Minister.Id);

        var golden = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "telegram", "item-message-full.html"));
        Assert.Equal(golden, message.Html);
    }

    [Fact]
    public void Format_FullArticleFillingExactly4096_IsSentWhole()
    {
        var overhead = Overhead();
        var article = Text(ItemMessageFormatter.TextLimit - overhead);

        var parsed = Parse(Full(Typical().WithContent($"<p>{article}</p>"), TestFormatter.Minister.Id));

        Assert.Equal(ItemMessageFormatter.TextLimit, parsed.CodePoints);
        Assert.True(parsed.Text.Length > ItemMessageFormatter.TextLimit, "the emoji are two UTF-16 units each: the limit is on code points");
        Assert.Equal(article, Assert.Single(parsed.OfType("expandable_blockquote")).Of(parsed.Text));
    }

    [Fact]
    public void Format_FullArticleOneOverTheLimit_CutOnAWordBoundary()
    {
        var article = Text(ItemMessageFormatter.TextLimit - Overhead() + 1);

        var parsed = Parse(Full(Typical().WithContent($"<p>{article}</p>"), TestFormatter.Minister.Id));

        var quote = Assert.Single(parsed.OfType("expandable_blockquote")).Of(parsed.Text);
        Assert.InRange(parsed.CodePoints, ItemMessageFormatter.TextLimit - 20, ItemMessageFormatter.TextLimit);
        Assert.EndsWith("…", quote);
        var kept = quote[..^1];
        Assert.StartsWith(kept, article);
        Assert.Equal(' ', article[kept.Length]);
        Assert.EndsWith("\n\n#ĐàoHồngLan", parsed.Text);
    }

    [Fact]
    public void Format_Hashtags_EntitiesCoverExactlyEachTagAfterWideCharacters()
    {
        var item = Typical().WithTitle("😀 Bộ trưởng Đào Hồng Lan và Thứ trưởng Nguyễn Tri Thức").WithContent("<p>Bài 😀 viết.</p>");

        foreach (var format in new[] { MessageFormat.Short, MessageFormat.Full })
        {
            var message = TestFormatter.Create().Format(item.WithPeople(TestFormatter.Minister.Id, TestFormatter.Deputy.Id, "unknown-person").Build(), Source, "vi", format);
            foreach (var parsed in new[] { Parse(message), FakeTelegramText.Parse(message.PlainText, null) })
            {
                var tags = parsed.OfType("hashtag");
                Assert.Equal(["#ĐàoHồngLan", "#NguyễnTriThức"], tags.Select(t => t.Of(parsed.Text)));
                Assert.Equal(parsed.Text.Length - "#NguyễnTriThức".Length, tags[1].Offset);
                Assert.Equal(tags[0].Offset + "#ĐàoHồngLan ".Length, tags[1].Offset);
            }
        }
    }

    [Fact]
    public void Format_FullPlainText_CarriesTheArticleAndTheLinkWithinTheLimit()
    {
        var item = Typical().WithContent($"<p>{Text(5000)}</p>").WithPeople(TestFormatter.Deputy.Id).Build();

        var message = TestFormatter.Create().Format(item, Source, "en", MessageFormat.Full);

        Assert.InRange(TelegramHtml.CodePoints(message.PlainText), ItemMessageFormatter.TextLimit - 20, ItemMessageFormatter.TextLimit);
        Assert.Contains("\n\nBộ trưởng 😀 làm việc", message.PlainText);
        Assert.EndsWith($"…\n🔗 Read the original: {item.Link}\n\n#NguyễnTriThức", message.PlainText);
    }

    [Fact]
    public void Format_FullWithImageAndSendPhotos_TextWithTheImageAsPreview()
    {
        var item = Typical().WithImage("https://moh.gov.vn/anh.jpg").WithContent($"<p>{Text(3000)}</p>").Build();

        var message = TestFormatter.Create(sendPhotos: true).Format(item, Source, "vi", MessageFormat.Full);

        Assert.Null(message.PhotoUrl);
        Assert.Equal("https://moh.gov.vn/anh.jpg", message.PreviewUrl);
        Assert.Equal(3000, TelegramHtml.CodePoints(Assert.Single(Parse(message).OfType("expandable_blockquote")).Of(Parse(message).Text)));
    }

    [Fact]
    public void Format_FullNoArticleYet_SummaryAndLinkWithoutQuote()
    {
        var parsed = Parse(Full(Typical()));

        Assert.Empty(parsed.OfType("expandable_blockquote"));
        Assert.EndsWith("năm 2025.\n🔗 Đọc bài gốc", parsed.Text);
        Assert.Equal(Typical().Build().Link, parsed.OfType("text_link")[^1].Url);
    }

    [Fact]
    public void Format_FullArticleWithMarkupAsText_ShownAsTextInsideTheQuote()
    {
        var content = $"<p>{System.Net.WebUtility.HtmlEncode(HostileContent.Text)}</p>";

        var message = Full(Typical().WithContent(content));

        var body = HostileContent.AssertInert(message.Html).Body!;
        Assert.Equal(["b", "a", "blockquote", "a"], body.QuerySelectorAll("*").Select(e => e.LocalName));
        Assert.Equal(HostileContent.Text, body.QuerySelector("blockquote")!.TextContent);
    }

    /// <summary>Visible characters of a full message besides its article (measured with a short article).</summary>
    private static int Overhead()
    {
        var article = Text(200);
        return Parse(Full(Typical().WithContent($"<p>{article}</p>"), TestFormatter.Minister.Id)).CodePoints - TelegramHtml.CodePoints(article);
    }

    /// <summary>Words (with an emoji each few) of exactly <paramref name="codePoints"/> code points, ending in a letter.</summary>
    private static string Text(int codePoints)
    {
        var runes = string.Concat(Enumerable.Repeat(Words, codePoints / 10 + 2)).EnumerateRunes().Take(codePoints).ToList();
        while (System.Text.Rune.IsWhiteSpace(runes[^1]) || runes[^1].Utf16SequenceLength == 2)
        {
            runes[^1] = new System.Text.Rune('x');
        }

        return string.Concat(runes.Select(r => r.ToString()));
    }

    private static FormattedMessage Full(FeedItemBuilder item, params string[] people) =>
        TestFormatter.Create().Format(item.WithPeople(people).Build(), Source, "vi", MessageFormat.Full);

    private static FakeParsedText Parse(FormattedMessage message)
    {
        var parsed = FakeTelegramText.Parse(message.Html, "HTML");
        Assert.Null(parsed.Error);
        return parsed;
    }

    private static FeedItemBuilder Typical() => FeedItemBuilder.Item("bai-a")
        .WithTitle("Bộ trưởng làm việc với Bệnh viện Bạch Mai")
        .WithSummary("Sáng 29/6, Bộ trưởng Bộ Y tế làm việc với lãnh đạo Bệnh viện Bạch Mai về kế hoạch năm 2025.")
        .WithImage(null)
        .WithContent(null);
}

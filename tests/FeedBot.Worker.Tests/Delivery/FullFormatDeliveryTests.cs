using System.Text;
using FeedBot.Feeds.Storage;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Storage.Counting;
using FeedBot.Worker.Delivery;
using FeedBot.Worker.Delivery.Storage.Relational;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>
/// A chat that chose <c>/format full</c> (through the bot, as a person would) receiving new items through the real
/// worker: the fake site serves the article pages, the fake Bot API parses each message as Telegram does. On SQLite and
/// on PostgreSQL (the subclasses below).
/// </summary>
public abstract class FullFormatDeliveryTests(StorageProvider provider)
{
    private const long Chat = 1;
    private const string Title = "Bộ trưởng làm việc về y tế cơ sở";
    private const string Words = "Bộ trưởng 😀 làm việc với lãnh đạo bệnh viện ";

    [Fact]
    public async Task FullFormat_ArticleExactlyAtTheLimit_DeliveredWhole_OneOverCutOnAWordBoundary()
    {
        await using var world = await StartWithFullFormatAsync();
        var probe = Text(300);
        var overhead = (await PublishAsync(world, "bai-do", probe)).CodePoints - probe.EnumerateRunes().Count();

        var exact = Text(4096 - overhead);
        var whole = await PublishAsync(world, "bai-vua", exact);
        var over = Text(4096 - overhead + 1);
        var cut = await PublishAsync(world, "bai-qua", over);

        Assert.Equal(4096, whole.CodePoints);
        Assert.True(whole.Text.Length > 4096, "the emoji are two UTF-16 units each; Telegram's limit counts code points");
        Assert.Equal(exact, Quote(whole));
        var quote = Quote(cut);
        Assert.InRange(cut.CodePoints, 4096 - 20, 4096);
        Assert.EndsWith("…", quote);
        Assert.StartsWith(quote[..^1], over);
        Assert.Equal(' ', over[quote.Length - 1]);
        Assert.EndsWith("\n🔗 Đọc bài gốc", cut.Text);
        Assert.EndsWith("/content/bai-qua", cut.OfType("text_link")[^1].Url);
    }

    [Fact]
    public async Task FullFormat_CantParseEntities_ResendsThePlainTextWithArticleAndLink()
    {
        await using var world = await StartWithFullFormatAsync();
        world.Bot.FailChat(Chat, FakeBotError.BadRequest("can't parse entities: Unsupported start tag \"x\" at byte offset 3"));

        world.Listing.Publish(Article("bai-moi", $"<p>{Text(6000)}</p>"));
        await world.PollAsync();
        await world.WaitUntilAsync(() => Task.FromResult(Items(world).Count == 1), 30, () => "the plain-text resend");

        var plain = Items(world).Single();
        Assert.Null(plain.ParseMode);
        Assert.Equal(["HTML", null], world.Bot.CallsTo("sendMessage").Where(c => c.ChatId == Chat && IsItem(c)).Select(c => c.ParseMode));
        Assert.InRange(plain.Parsed.CodePoints, 4096 - 20, 4096);
        Assert.Contains($"\n\nTóm tắt {Title}\n\nBộ trưởng 😀 làm việc", plain.Text);
        var link = Assert.Single(await world.QueryAsync<string>("SELECT link FROM items WHERE item_key = 'bai-moi'"));
        Assert.EndsWith("…\n🔗 Đọc bài gốc: " + link, plain.Text);
        Assert.Equal(1, await world.ScalarAsync("SELECT plain_text FROM deliveries"));
    }

    [Fact]
    public async Task Hashtags_ItemNamingPeople_MessageEndsWithTheirTagsAtTheRightOffsets()
    {
        await using var world = await StartWithFullFormatAsync();

        var parsed = await PublishAsync(world, "bai-nguoi", "Thứ trưởng Nguyễn Tri Thức 😀 dự họp cùng Bộ trưởng Đào Hồng Lan.");

        var tags = parsed.OfType("hashtag");
        Assert.Equal(["#ĐàoHồngLan", "#NguyễnTriThức"], tags.Select(t => t.Of(parsed.Text)));
        Assert.EndsWith("\n\n#ĐàoHồngLan #NguyễnTriThức", parsed.Text);
        Assert.Equal(parsed.Text.Length - "#ĐàoHồngLan #NguyễnTriThức".Length, tags[0].Offset);
        Assert.Equal((11, 14), (tags[0].Length, tags[1].Length));
        Assert.True(parsed.Text.Length > parsed.CodePoints, "an emoji before the tags: UTF-16 offsets, not code points");
    }

    [Fact]
    public async Task FullFormat_ArticleStillBeingFetched_ReChecksWithoutReadingTheTagsThenReadsThemOnceToSend()
    {
        await using var world = await StartWithFullFormatAsync(
            new Dictionary<string, string?> { ["FeedBot:Fetch:TimeoutSeconds"] = "30" }, CountingStoreDatabase.Decorate);
        await world.WaitUntilAsync(async () => await world.ScalarAsync("SELECT COUNT(*) FROM people_tagging") == 1, 30, () => "the start-up re-tagging");
        world.Site.InjectFault($"{DeliveryWorld.ListingPath}/-/asset_publisher/TW6LTp1ZtwaN/content/bai-cho", SiteFault.Slow(TimeSpan.FromSeconds(3)));
        var log = world.Get<CountingStoreDatabase>().Log;
        log.Clear();

        var parsed = await PublishAsync(world, "bai-cho", "Bộ trưởng Đào Hồng Lan làm việc.");

        var loads = log.Commands.Count(c => c.StartsWith(DeliveryWork.Select, StringComparison.Ordinal));
        Assert.True(loads >= 2, $"the row was loaded {loads} time(s): it should have waited for its article at least once{Environment.NewLine}{log}");
        Assert.Equal(1, log.Commands.Count(c => c == RelationalOutboxStore.PersonIdsQuery));
        Assert.Equal("Bộ trưởng Đào Hồng Lan làm việc.", Quote(parsed));
        Assert.Equal("#ĐàoHồngLan", Assert.Single(parsed.OfType("hashtag")).Of(parsed.Text));
    }

    /// <summary>The real worker with chat <see cref="Chat"/> subscribed; it sends <c>/format full</c> and gets the answer.</summary>
    private async Task<DeliveryWorld> StartWithFullFormatAsync(
        IDictionary<string, string?>? settings = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var world = await DeliveryWorld.StartAsync(settings, provider: provider, services: services);
        await world.AddChatsAsync([Chat]);
        world.Bot.SendText(Chat, "/format full");
        await world.Bot.WaitForCallAsync(c => c.Method == "sendMessage" && c.ChatId == Chat && c.Text == "Từ nay bài viết được gửi dạng đầy đủ.");
        return world;
    }

    /// <summary>Publishes one article and returns its message as Telegram parsed it.</summary>
    private static async Task<FakeParsedText> PublishAsync(DeliveryWorld world, string slug, string body)
    {
        var before = Items(world).Count;
        await world.PublishAsync(Article(slug, $"<p>{body}</p>"));
        await world.WaitUntilAsync(() => Task.FromResult(Items(world).Count > before), 30, () => $"the message of {slug}");
        var parsed = Items(world)[before].Parsed;
        Assert.Null(parsed.Error);
        return parsed;
    }

    private static FakeArticle Article(string slug, string bodyHtml) =>
        new(slug, Title, "Thứ Hai, ngày 30/06/2025 07:43", $"Tóm tắt {Title}", BodyHtml: bodyHtml);

    private static IReadOnlyList<FakeBotCall> Items(DeliveryWorld world) =>
        [.. world.DeliveredTo(Chat).Where(IsItem)];

    /// <summary>An item's message (HTML, or its plain-text resend), not one of the bot's answers.</summary>
    private static bool IsItem(FakeBotCall call) => call.Text!.StartsWith(Title, StringComparison.Ordinal) || call.Text.StartsWith("<b><a", StringComparison.Ordinal);

    private static string Quote(FakeParsedText parsed) => Assert.Single(parsed.OfType("expandable_blockquote")).Of(parsed.Text);

    /// <summary>Words with emoji, exactly <paramref name="codePoints"/> code points, ending in a letter.</summary>
    private static string Text(int codePoints)
    {
        var runes = string.Concat(Enumerable.Repeat(Words, codePoints / 10 + 2)).EnumerateRunes().Take(codePoints).ToList();
        while (Rune.IsWhiteSpace(runes[^1]) || runes[^1].Utf16SequenceLength == 2)
        {
            runes[^1] = new Rune('x');
        }

        return string.Concat(runes.Select(r => r.ToString()));
    }
}

public sealed class SqliteFullFormatDeliveryTests() : FullFormatDeliveryTests(StorageProvider.Sqlite);

public sealed class PostgresFullFormatDeliveryTests() : FullFormatDeliveryTests(StorageProvider.Postgres);

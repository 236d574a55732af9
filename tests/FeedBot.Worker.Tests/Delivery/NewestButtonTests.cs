using FeedBot.Feeds.Storage;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>
/// The "5 newest" button offered by /subscribe, pressed as a person would, through the real worker: the items go
/// through the outbox (paced, once each), on SQLite and on PostgreSQL (the subclasses below).
/// </summary>
public abstract class NewestButtonTests(StorageProvider provider)
{
    private const long User = 3003;
    private const string Data = "newest:" + DeliveryWorld.SourceId;

    [Fact]
    public async Task NewestButton_AfterSubscribe_SendsTheFiveNewestOldestFirstOnce()
    {
        await using var world = await DeliveryWorld.StartAsync(provider: provider);
        await world.PublishAsync([.. Enumerable.Range(1, 6).Select(i => DeliveryWorld.Article($"bai-{i}", $"Tin số {i}", $"0{i}/07/2025 08:00"))]);
        world.Bot.SendText(User, "/subscribe " + DeliveryWorld.SourceId);
        var reply = await world.Bot.WaitForCallAsync(c => c.Method == "sendMessage" && c.ChatId == User);

        Assert.StartsWith("Đã đăng ký", reply.Text);
        Assert.Equal([Data], reply.ButtonData);
        Assert.Equal("📰 Xem 5 bài mới nhất", (string?)reply.Body["reply_markup"]!["inline_keyboard"]![0]![0]!["text"]);

        await world.Bot.WaitForConfirmedAsync(world.Bot.PressButton(User, messageId: 1, Data));
        await world.WaitUntilAsync(() => Task.FromResult(Items(world).Count == 5), 30, () => $"{Items(world).Count} of 5 items");

        Assert.Equal("Đang gửi 5 bài mới nhất.", (string?)world.Bot.CallsTo("answerCallbackQuery").Single().Body["text"]);
        Assert.Equal(["Tin số 2", "Tin số 3", "Tin số 4", "Tin số 5", "Tin số 6"], Items(world).Select(TitleOf));
        await world.WaitUntilAsync(async () => await world.ScalarAsync($"SELECT COUNT(*) FROM deliveries WHERE chat_id = {User} AND status = 'sent'") == 5, 10, () => "five rows sent");
        var gaps = Items(world).Zip(Items(world).Skip(1), (a, b) => b.ReceivedUtc - a.ReceivedUtc).ToList();
        Assert.All(gaps, gap => Assert.True(gap >= TimeSpan.FromMilliseconds(800), $"paced at 1 a second in a private chat, but {gap} apart"));

        await world.Bot.WaitForConfirmedAsync(world.Bot.PressButton(User, messageId: 1, Data));

        Assert.StartsWith("Không có bài nào để gửi", (string?)world.Bot.CallsTo("answerCallbackQuery")[1].Body["text"]);
        Assert.Equal(5, await world.ScalarAsync($"SELECT COUNT(*) FROM deliveries WHERE chat_id = {User}"));
        Assert.Equal(5, Items(world).Count);
    }

    [Fact]
    public async Task NewestButton_UnknownSource_AnsweredWithNothingQueued()
    {
        await using var world = await DeliveryWorld.StartAsync(provider: provider);

        await world.Bot.WaitForConfirmedAsync(world.Bot.PressButton(User, messageId: 1, "newest:khong-co"));

        Assert.StartsWith("Không có bài nào để gửi", (string?)world.Bot.CallsTo("answerCallbackQuery").Single().Body["text"]);
        Assert.Equal(0, await world.ScalarAsync("SELECT COUNT(*) FROM deliveries"));
    }

    [Fact]
    public async Task NewestButton_AfterFollow_SendsTheItemsNamingThePersonWithTheirHashtag()
    {
        await using var world = await DeliveryWorld.StartAsync(provider: provider);
        await world.PublishAsync(
            DeliveryWorld.Article("bai-1", "Bộ trưởng Đào Hồng Lan thăm bệnh viện", "01/07/2025 08:00"),
            DeliveryWorld.Article("bai-2", "Thứ trưởng Trần Văn Thuấn họp", "02/07/2025 08:00"),
            DeliveryWorld.Article("bai-3", "Bộ trưởng Đào Hồng Lan làm việc với tỉnh", "03/07/2025 08:00"));

        world.Bot.SendText(User, "/follow dao-hong-lan");
        var reply = await world.Bot.WaitForCallAsync(c => c.Method == "sendMessage" && c.ChatId == User);
        Assert.StartsWith("Đã theo dõi Đào Hồng Lan", reply.Text);
        Assert.Equal(["newest:p:dao-hong-lan"], reply.ButtonData);

        await world.Bot.WaitForConfirmedAsync(world.Bot.PressButton(User, messageId: 1, "newest:p:dao-hong-lan"));
        await world.WaitUntilAsync(() => Task.FromResult(Items(world).Count == 2), 30, () => $"{Items(world).Count} of 2 items");

        Assert.Equal("Đang gửi 2 bài mới nhất.", (string?)world.Bot.CallsTo("answerCallbackQuery").Single().Body["text"]);
        Assert.Equal(["Bộ trưởng Đào Hồng Lan thăm bệnh viện", "Bộ trưởng Đào Hồng Lan làm việc với tỉnh"], Items(world).Select(TitleOf));
        Assert.All(Items(world), call => Assert.Equal("#ĐàoHồngLan", Assert.Single(call.Parsed.OfType("hashtag")).Of(call.Parsed.Text)));
    }

    private static IReadOnlyList<FeedBot.Testing.FakeTelegram.FakeBotCall> Items(DeliveryWorld world) =>
        [.. world.DeliveredTo(User).Where(c => c.Text!.StartsWith("<b><a", StringComparison.Ordinal))];

    private static string TitleOf(FeedBot.Testing.FakeTelegram.FakeBotCall call) => call.Parsed.Text.Split('\n')[0];
}

public sealed class SqliteNewestButtonTests() : NewestButtonTests(StorageProvider.Sqlite);

public sealed class PostgresNewestButtonTests() : NewestButtonTests(StorageProvider.Postgres);

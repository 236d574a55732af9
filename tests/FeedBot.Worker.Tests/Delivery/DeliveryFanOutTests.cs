using FeedBot.Testing.FakeTelegram;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>One new item to many chats through the real worker, against a fake Bot API that enforces Telegram's limits.</summary>
public sealed class DeliveryFanOutTests
{
    [Fact]
    public async Task Poll_NewItemFor300PrivateChatsAndGroups_ServesEveryChatOnceWithZeroLimitViolations()
    {
        await using var world = await DeliveryWorld.StartAsync(limits: new FakeBotLimits { GlobalPerSecond = 30, GroupPerMinute = 20 });
        var privates = Enumerable.Range(1, 200).Select(i => (long)i).ToList();
        var groups = Enumerable.Range(1, 100).Select(i => -1_000_000_000_000L - i).ToList();
        await world.AddChatsAsync([.. privates, .. groups]);

        await world.PublishAsync(DeliveryWorld.Article("bai-moi", "Bộ trưởng thăm Bệnh viện Bạch Mai"));
        await world.WaitForDeliveredAsync(300, seconds: 60);
        await world.WaitUntilAsync(async () => await world.ScalarAsync("SELECT COUNT(*) FROM deliveries WHERE status = 'sent'") == 300, 10, () => "rows marked sent");

        var perChat = world.Bot.Delivered.GroupBy(c => c.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(privates.Concat(groups).Order(), perChat.Keys.Order());
        Assert.All(perChat, p => Assert.Equal(1, p.Value));
        Assert.Equal(0, world.Bot.LimitViolations);
        Assert.All(world.Bot.Delivered, c => Assert.Contains("Bộ trưởng thăm Bệnh viện Bạch Mai", c.Text));
        Assert.Equal(300, await world.ScalarAsync("SELECT COUNT(DISTINCT message_id) FROM deliveries WHERE status = 'sent'"));
    }

    [Fact]
    public async Task Poll_EditedItemAndBackfill_AreNotPushed()
    {
        await using var world = await DeliveryWorld.StartAsync();
        await world.AddChatsAsync([1, 2]);
        await world.PublishAsync(DeliveryWorld.Article("bai-moi", "Tin mới"));
        await world.WaitForDeliveredAsync(2);

        world.Listing.Retitle("bai-moi", "Tin mới (đã sửa)").Retitle("bai-cu", "Bài cũ (đã sửa)");
        await world.PollAsync();

        Assert.Equal(2, await world.ScalarAsync("SELECT COUNT(*) FROM deliveries"));
        Assert.Equal(1, await world.ScalarAsync("SELECT COUNT(*) FROM items WHERE title = 'Tin mới (đã sửa)'"));
        Assert.All(world.Bot.Delivered, c => Assert.DoesNotContain("Bài cũ", c.Text));
        Assert.Equal(2, world.Bot.Delivered.Count);
    }

    [Fact]
    public async Task Poll_ItemWithImageAndSendPhotosOn_SendsAPhotoWithTheHtmlCaption()
    {
        await using var world = await DeliveryWorld.StartAsync(new Dictionary<string, string?> { ["FeedBot:Telegram:SendPhotos"] = "true" });
        await world.AddChatsAsync([1]);

        await world.PublishAsync(DeliveryWorld.Article("bai-anh", "Tin có ảnh") with { ImagePath = "/documents/20182/0/bai-anh.jpg" });
        await world.WaitForDeliveredAsync(1);

        var photo = Assert.Single(world.Bot.Delivered);
        Assert.Equal("sendPhoto", photo.Method);
        Assert.EndsWith("/documents/20182/0/bai-anh.jpg", (string?)photo.Body["photo"]);
        Assert.Equal("HTML", photo.ParseMode);
        Assert.Contains("Tin có ảnh</a></b>", photo.Text);
    }

    [Fact]
    public async Task Poll_ConfiguredChannel_ReceivesEveryNewItem()
    {
        await using var world = await DeliveryWorld.StartAsync(new Dictionary<string, string?>
        {
            ["FeedBot:Telegram:Channels:0:Chat"] = "-100777",
            ["FeedBot:Telegram:Channels:0:Sources:0"] = DeliveryWorld.SourceId,
        });
        await world.WaitUntilAsync(async () => await world.ScalarAsync("SELECT COUNT(*) FROM telegram_subscriptions WHERE chat_id = -100777") == 1, 10, () => "channel materialized");

        await world.PublishAsync(DeliveryWorld.Article("bai-1", "Tin 1"), DeliveryWorld.Article("bai-2", "Tin 2"));
        await world.WaitForDeliveredAsync(2);

        Assert.Equal(2, world.DeliveredTo(-100777).Count);
    }
}

using FeedBot.Feeds.Storage;
using FeedBot.Testing.FakeTelegram;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>
/// Following people through the real worker and the fake Bot API: a chat that follows a person gets the items naming
/// them from every source without subscribing, a chat that also subscribes gets each item once, a name only in the
/// article text reaches followers when the article arrives, and follows keep their topic and /pause. Both providers.
/// </summary>
public abstract class FollowDeliveryTests(StorageProvider provider)
{
    private const long Reader = 501;

    [Fact]
    public async Task Follow_PersonNamedInItemsOfBothSources_ChatGetsOnlyThoseWithoutSubscribing()
    {
        await using var world = await DeliveryWorld.StartAsync(provider: provider, secondSource: true);
        Assert.Contains("Đào Hồng Lan", (await SayAsync(world, Reader, "/follow dao-hong-lan")).Text);

        await world.PublishAsync(
            DeliveryWorld.Article("lan-1", "Bộ trưởng Đào Hồng Lan thăm Bệnh viện Bạch Mai"),
            DeliveryWorld.Article("thuan-1", "Thứ trưởng Trần Văn Thuấn họp về y tế cơ sở"));
        await world.PublishSecondAsync(DeliveryWorld.Article("lan-2", "Đào Hồng Lan dự hội nghị y tế"));
        await WaitForItemsAsync(world, Reader, 2);

        Assert.Equal(2, await world.ScalarAsync($"SELECT COUNT(*) FROM deliveries WHERE chat_id = {Reader}"));
        Assert.Single(Items(world, Reader), c => c.Text!.Contains("thăm Bệnh viện Bạch Mai"));
        Assert.Single(Items(world, Reader), c => c.Text!.Contains("dự hội nghị"));
        Assert.Equal(0, await world.ScalarAsync($"SELECT COUNT(*) FROM telegram_subscriptions WHERE chat_id = {Reader}"));
    }

    [Fact]
    public async Task SubscribeAndFollow_ItemNamingThePerson_ArrivesOnce()
    {
        await using var world = await DeliveryWorld.StartAsync(provider: provider);
        await SayAsync(world, Reader, "/subscribe " + DeliveryWorld.SourceId);
        await SayAsync(world, Reader, "/follow dao-hong-lan");

        await world.PublishAsync(
            DeliveryWorld.Article("lan-1", "Bộ trưởng Đào Hồng Lan thăm Bệnh viện Bạch Mai"),
            DeliveryWorld.Article("khac-1", "Hội nghị về y tế dự phòng"));
        await WaitForItemsAsync(world, Reader, 2);

        Assert.Equal(2, await world.ScalarAsync($"SELECT COUNT(*) FROM deliveries WHERE chat_id = {Reader}"));
        Assert.Single(Items(world, Reader), c => c.Text!.Contains("Đào Hồng Lan"));
    }

    [Fact]
    public async Task Follow_PersonNamedOnlyInTheArticle_ReachesFollowersOnceWhenTheArticleArrives()
    {
        const long subscriber = 502;
        await using var world = await DeliveryWorld.StartAsync(provider: provider);
        await SayAsync(world, Reader, "/follow nguyen-tri-thuc");
        await SayAsync(world, subscriber, "/subscribe " + DeliveryWorld.SourceId);
        await SayAsync(world, subscriber, "/follow nguyen-tri-thuc");

        await world.PublishAsync(DeliveryWorld.Article("hop-1", "Họp về công tác khám chữa bệnh") with
        {
            BodyHtml = "<p>Thứ trưởng Nguyễn Tri Thức chủ trì cuộc họp.</p>",
        });
        await WaitForItemsAsync(world, Reader, 1);
        await WaitForItemsAsync(world, subscriber, 1);

        Assert.Equal(1, await world.ScalarAsync($"SELECT COUNT(*) FROM deliveries WHERE chat_id = {subscriber}"));
        Assert.Equal(1, await world.ScalarAsync($"SELECT COUNT(*) FROM deliveries WHERE chat_id = {Reader}"));
        Assert.Contains("Họp về công tác khám chữa bệnh", Assert.Single(Items(world, Reader)).Text);
    }

    [Fact]
    public async Task Follow_InAPausedTopic_IsHeldThereUntilResumed()
    {
        const long group = -1009876543210;
        await using var world = await DeliveryWorld.StartAsync(provider: provider);
        world.Bot.SetMemberStatus(group, 77, "administrator");
        var topic = world.Bot.CreateTopic(group);
        await TopicSayAsync(world, group, topic, "/follow dao-hong-lan");
        await TopicSayAsync(world, group, topic, "/pause");

        await world.PublishAsync(DeliveryWorld.Article("lan-1", "Bộ trưởng Đào Hồng Lan thăm Bệnh viện Bạch Mai"));
        Assert.Equal(1, await world.ScalarAsync($"SELECT COUNT(*) FROM deliveries WHERE chat_id = {group} AND thread_id = {topic} AND status = 'held'"));
        await TopicSayAsync(world, group, topic, "/resume");
        await WaitForItemsAsync(world, group, 1);

        Assert.Equal(topic, Assert.Single(Items(world, group)).ThreadId);
        Assert.Equal(1, await world.ScalarAsync($"SELECT COUNT(*) FROM telegram_follows WHERE chat_id = {group} AND thread_id = {topic}"));
    }

    private static async Task<FakeBotCall> SayAsync(DeliveryWorld world, long chatId, string text)
    {
        var before = world.Bot.CallsTo("sendMessage").Count;
        await world.Bot.WaitForConfirmedAsync(world.Bot.SendText(chatId, text));
        return world.Bot.CallsTo("sendMessage").Skip(before).Last(c => c.ChatId == chatId);
    }

    private static async Task TopicSayAsync(DeliveryWorld world, long group, int topic, string text) =>
        await world.Bot.WaitForConfirmedAsync(world.Bot.SendTopicText(group, topic, text, fromId: 77));

    /// <summary>Item messages (they carry the item's summary), not the bot's answers.</summary>
    private static IReadOnlyList<FakeBotCall> Items(DeliveryWorld world, long chatId) =>
        [.. world.DeliveredTo(chatId).Where(c => c.Text?.Contains("Tóm tắt", StringComparison.Ordinal) == true)];

    private static Task WaitForItemsAsync(DeliveryWorld world, long chatId, int count) =>
        world.WaitUntilAsync(() => Task.FromResult(Items(world, chatId).Count >= count), 30, () => $"{count} item(s) delivered to {chatId}");
}

public sealed class SqliteFollowDeliveryTests() : FollowDeliveryTests(StorageProvider.Sqlite);

public sealed class PostgresFollowDeliveryTests() : FollowDeliveryTests(StorageProvider.Postgres);

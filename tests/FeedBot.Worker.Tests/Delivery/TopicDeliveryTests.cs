using FeedBot.Feeds.Storage;
using FeedBot.Testing.FakeTelegram;

namespace FeedBot.Worker.Tests.Delivery;

/// <summary>
/// Forum topics through the real worker and the fake Bot API: commands sent inside a topic apply to that topic, its
/// items go there (message_thread_id), a closed or deleted topic loses only its own rows, and the group's limit of 20 a
/// minute is shared by its topics. On both store providers.
/// </summary>
public abstract class TopicDeliveryTests(StorageProvider provider)
{
    private const long Group = -1001234567890;
    private const long Admin = 77;

    [Fact]
    public async Task Subscribe_InTwoTopicsOfOneGroup_EachTopicReceivesOnlyItsOwnSource()
    {
        await using var world = await StartAsync(secondSource: true);
        var leadership = world.Bot.CreateTopic(Group);
        var news = world.Bot.CreateTopic(Group);

        var reply = await SayAsync(world, leadership, "/subscribe " + DeliveryWorld.SourceId);
        await SayAsync(world, news, "/subscribe " + DeliveryWorld.SecondSourceId);
        await world.PublishAsync(DeliveryWorld.Article("lanh-dao-1", "Tin lãnh đạo"));
        await world.PublishSecondAsync(DeliveryWorld.Article("tong-hop-1", "Tin tổng hợp"));
        await WaitForItemsAsync(world, 2);

        Assert.Equal(leadership, reply.ThreadId);
        Assert.Equal([leadership], ItemsWith(world, "Tin lãnh đạo").Select(c => c.ThreadId));
        Assert.Equal([news], ItemsWith(world, "Tin tổng hợp").Select(c => c.ThreadId));
        Assert.Equal(2, ItemsWith(world, "Tin ").Count);
        Assert.Equal(
            $"{leadership}:{DeliveryWorld.SourceId},{news}:{DeliveryWorld.SecondSourceId}",
            string.Join(',', await world.QueryAsync<string>(
                $"SELECT CAST(thread_id AS TEXT) || ':' || source_id FROM telegram_subscriptions WHERE chat_id = {Group} ORDER BY thread_id")));
    }

    [Fact]
    public async Task Pause_InOneTopic_HoldsOnlyThatTopicUntilResumedThere()
    {
        await using var world = await StartAsync();
        var paused = world.Bot.CreateTopic(Group);
        var open = world.Bot.CreateTopic(Group);
        await SayAsync(world, paused, "/subscribe " + DeliveryWorld.SourceId);
        await SayAsync(world, open, "/subscribe " + DeliveryWorld.SourceId);

        await SayAsync(world, paused, "/pause");
        await world.PublishAsync(DeliveryWorld.Article("bai-1", "Tin một"));
        await WaitForItemsAsync(world, 1);
        await world.WaitUntilAsync(async () => await CountAsync(world, paused, "held") == 1, 10, () => "the paused topic's row held");
        var resumed = await SayAsync(world, paused, "/resume");
        await WaitForItemsAsync(world, 2);

        Assert.Equal(paused, resumed.ThreadId);
        Assert.Equal([open, paused], ItemsWith(world, "Tin một").Select(c => c.ThreadId));
        Assert.False(await IsPausedAsync(world, Group));
    }

    [Theory]
    [InlineData(FakeTopicState.Closed, "TOPIC_CLOSED")]
    [InlineData(FakeTopicState.Deleted, "TOPIC_DELETED")]
    public async Task Send_IntoClosedOrDeletedTopic_CancelsOnlyThatTopicsRows(FakeTopicState state, string error)
    {
        await using var world = await StartAsync();
        var gone = world.Bot.CreateTopic(Group);
        var other = world.Bot.CreateTopic(Group);
        await SayAsync(world, gone, "/subscribe " + DeliveryWorld.SourceId);
        await SayAsync(world, other, "/subscribe " + DeliveryWorld.SourceId);
        await SayAsync(world, null, "/subscribe " + DeliveryWorld.SourceId);
        if (state == FakeTopicState.Closed)
        {
            world.Bot.CloseTopic(Group, gone);
        }
        else
        {
            world.Bot.DeleteTopic(Group, gone);
        }

        await world.PublishAsync(DeliveryWorld.Article("bai-1", "Tin một"));
        await world.WaitUntilAsync(async () => await CountAsync(world, gone, "cancelled") == 1, 30, () => "the gone topic's row cancelled");
        await world.PublishAsync(DeliveryWorld.Article("bai-2", "Tin hai"));
        await WaitForItemsAsync(world, 4);

        Assert.Equal([null, other], ItemsWith(world, "Tin một").Select(c => c.ThreadId).Order());
        Assert.Equal([null, other], ItemsWith(world, "Tin hai").Select(c => c.ThreadId).Order());
        Assert.Equal(1, await world.ScalarAsync($"SELECT COUNT(*) FROM deliveries WHERE chat_id = {Group} AND thread_id = {gone}"));
        Assert.Contains(error, Assert.Single(await world.QueryAsync<string>($"SELECT last_error FROM deliveries WHERE thread_id = {gone}")));
        Assert.Equal(1, await world.ScalarAsync($"SELECT COUNT(*) FROM telegram_topics WHERE chat_id = {Group} AND thread_id = {gone} AND NOT is_active"));
        Assert.Equal(1, await world.ScalarAsync($"SELECT COUNT(*) FROM telegram_chats WHERE chat_id = {Group} AND is_active"));
    }

    [Fact]
    public async Task Command_InReopenedTopic_MakesItReceiveAgain()
    {
        await using var world = await StartAsync();
        var topic = world.Bot.CreateTopic(Group);
        await SayAsync(world, topic, "/subscribe " + DeliveryWorld.SourceId);
        world.Bot.CloseTopic(Group, topic);
        await world.PublishAsync(DeliveryWorld.Article("bai-1", "Tin một"));
        await world.WaitUntilAsync(async () => await CountAsync(world, topic, "cancelled") == 1, 30, () => "the closed topic's row cancelled");

        world.Bot.ReopenTopic(Group, topic);
        await SayAsync(world, topic, "/list");
        await world.PublishAsync(DeliveryWorld.Article("bai-2", "Tin hai"));
        await WaitForItemsAsync(world, 1);

        Assert.Equal([topic], ItemsWith(world, "Tin hai").Select(c => c.ThreadId));
        Assert.Empty(ItemsWith(world, "Tin một"));
    }

    [Fact]
    public async Task Stop_InATopic_ClearsOnlyThatTopic()
    {
        await using var world = await StartAsync();
        var stopped = world.Bot.CreateTopic(Group);
        var kept = world.Bot.CreateTopic(Group);
        await SayAsync(world, stopped, "/subscribe " + DeliveryWorld.SourceId);
        await SayAsync(world, stopped, "/follow dao-hong-lan");
        await SayAsync(world, kept, "/subscribe " + DeliveryWorld.SourceId);

        var reply = await SayAsync(world, stopped, "/stop");
        await world.PublishAsync(DeliveryWorld.Article("lan-1", "Tin Bộ trưởng Đào Hồng Lan"));
        await WaitForItemsAsync(world, 1);

        Assert.Equal(stopped, reply.ThreadId);
        Assert.Contains("chủ đề này", reply.Text);
        Assert.Equal([kept], ItemsWith(world, "Tin ").Select(c => c.ThreadId));
        Assert.Equal(0, await world.ScalarAsync($"SELECT COUNT(*) FROM deliveries WHERE thread_id = {stopped}"));
        Assert.Equal(0, await world.ScalarAsync($"SELECT COUNT(*) FROM telegram_follows WHERE chat_id = {Group}"));
        Assert.Equal([kept], await world.QueryAsync<long>($"SELECT thread_id FROM telegram_subscriptions WHERE chat_id = {Group}"));
        Assert.Equal(1, await world.ScalarAsync($"SELECT COUNT(*) FROM telegram_chats WHERE chat_id = {Group}"));
    }

    [Fact]
    public async Task Deliver_ToTwoTopicsOfOneGroup_KeepsTheGroupsLimitAcrossThem()
    {
        await using var world = await StartAsync();
        var first = world.Bot.CreateTopic(Group);
        var second = world.Bot.CreateTopic(Group);
        await SayAsync(world, first, "/subscribe " + DeliveryWorld.SourceId);
        await SayAsync(world, second, "/subscribe " + DeliveryWorld.SourceId);
        world.Bot.Limits = new FakeBotLimits { GroupPerMinute = 20 };

        await world.PublishAsync(DeliveryWorld.Article("bai-1", "Tin một"), DeliveryWorld.Article("bai-2", "Tin hai"));
        await WaitForItemsAsync(world, 4, seconds: 60);

        var sends = ItemsWith(world, "Tin ");
        Assert.Equal(0, world.Bot.LimitViolations);
        Assert.Equal(2, sends.Count(c => c.ThreadId == first));
        Assert.Equal(2, sends.Count(c => c.ThreadId == second));
        Assert.All(sends.Zip(sends.Skip(1)), pair => Assert.True(
            pair.Second.ReceivedUtc - pair.First.ReceivedUtc >= TimeSpan.FromSeconds(2.9),
            $"sends to one group {pair.Second.ReceivedUtc - pair.First.ReceivedUtc} apart"));
    }

    private async Task<DeliveryWorld> StartAsync(bool secondSource = false)
    {
        var world = await DeliveryWorld.StartAsync(provider: provider, secondSource: secondSource);
        world.Bot.SetMemberStatus(Group, Admin, "administrator");
        return world;
    }

    /// <summary>An admin's command in the topic (or, with null, the group outside topics); returns the bot's answer.</summary>
    private static async Task<FakeBotCall> SayAsync(DeliveryWorld world, int? topic, string text)
    {
        var before = world.Bot.CallsTo("sendMessage").Count;
        var id = topic is { } thread
            ? world.Bot.SendTopicText(Group, thread, text, Admin)
            : world.Bot.SendText(Group, text, Admin, chatType: "supergroup");
        await world.Bot.WaitForConfirmedAsync(id);
        return world.Bot.CallsTo("sendMessage").Skip(before).Last(c => c.ChatId == Group);
    }

    private static IReadOnlyList<FakeBotCall> ItemsWith(DeliveryWorld world, string title) =>
        [.. world.DeliveredTo(Group).Where(c => c.Text?.Contains(title, StringComparison.Ordinal) == true && c.Text.Contains("Tóm tắt", StringComparison.Ordinal))];

    private static Task WaitForItemsAsync(DeliveryWorld world, int count, int seconds = 30) =>
        world.WaitUntilAsync(() => Task.FromResult(ItemsWith(world, "Tin ").Count >= count), seconds, () => $"{count} items delivered to the group");

    private static Task<long> CountAsync(DeliveryWorld world, int topic, string status) =>
        world.ScalarAsync($"SELECT COUNT(*) FROM deliveries WHERE chat_id = {Group} AND thread_id = {topic} AND status = '{status}'");

    private static async Task<bool> IsPausedAsync(DeliveryWorld world, long chatId) =>
        await world.ScalarAsync($"SELECT COUNT(*) FROM telegram_topics WHERE chat_id = {chatId} AND is_paused") > 0;
}

public sealed class SqliteTopicDeliveryTests() : TopicDeliveryTests(StorageProvider.Sqlite);

public sealed class PostgresTopicDeliveryTests() : TopicDeliveryTests(StorageProvider.Postgres);

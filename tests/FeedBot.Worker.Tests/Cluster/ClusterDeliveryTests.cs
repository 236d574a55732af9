using FeedBot.Testing;
using FeedBot.Testing.Processes;
using FeedBot.Worker.Tests.Delivery;
using Xunit.Abstractions;

namespace FeedBot.Worker.Tests.Cluster;

/// <summary>
/// Delivery by three worker processes on one PostgreSQL database: one elected sender holds Telegram's limits for the
/// whole bot, every chat gets the item once, and killing the sender mid-way hands the rest to another instance.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterDeliveryTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Chats = 300;
    private const int Concurrency = 4;
    private static readonly TimeSpan FanOutTimeout = TimeSpan.FromSeconds(120);
    private ClusterWorld _world = null!;

    public async Task InitializeAsync() => _world = await ClusterWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task FanOut_ThreeInstances_EveryChatServedOnceWithinTelegramLimits()
    {
        var cluster = await StartWithChatsAsync();
        var sender = await cluster.WaitForSoleHolderAsync("deliverySender", TimeSpan.FromSeconds(60));

        _world.Listing.Publish(DeliveryWorld.Article("bai-moi", "Tin mới cho cả cụm"));
        await Conditions.WaitAsync(() => PerChat().Count == Chats, FanOutTimeout, "every chat served", cluster.Output);
        await Conditions.WaitAsync(async () => await _world.CountSentAsync() == Chats, FanOutTimeout, "every row marked sent", cluster.Output);

        output.WriteLine($"sender {cluster.InstanceIdOf(sender)}; {_world.Bot.Delivered.Count} messages; {_world.Bot.LimitViolations} 429(s)");
        Assert.All(PerChat().Values, count => Assert.Equal(1, count));
        Assert.Equal(0, _world.Bot.LimitViolations);
        Assert.Equal([sender], await cluster.HoldersAsync("deliverySender"));
        foreach (var worker in cluster.Workers)
        {
            // Every instance names itself and counts the cluster's deliveries, not only those it sent.
            var health = await cluster.HealthAsync(worker);
            Assert.Equal(cluster.InstanceIdOf(worker), (string?)health["checks"]?["cluster"]?["data"]?["instanceId"]);
            Assert.Equal(Chats, (long?)health["checks"]?["telegram-delivery"]?["data"]?["sent"]);
        }
    }

    [Fact]
    public async Task FanOut_SenderKilledAThirdOfTheWay_AnotherInstanceServesEveryChatWithAtMostTheInFlightDuplicates()
    {
        _world.Bot.ResponseLatency = TimeSpan.FromMilliseconds(80);
        var cluster = await StartWithChatsAsync();
        var sender = await cluster.WaitForSoleHolderAsync("deliverySender", TimeSpan.FromSeconds(60));

        _world.Listing.Publish(DeliveryWorld.Article("bai-moi", "Tin mới trước sự cố"));
        await Conditions.WaitAsync(() => _world.Bot.Delivered.Count >= Chats / 3, FanOutTimeout, "a third of the fan-out", cluster.Output);
        WorkerCluster.Kill(sender);
        var killedAt = DateTimeOffset.UtcNow;
        var beforeKill = _world.Bot.Delivered.Count;
        await Conditions.WaitAsync(() => PerChat().Count == Chats, FanOutTimeout, "every chat served after the kill", cluster.Output);
        await Conditions.WaitAsync(async () => await _world.CountSentAsync() == Chats, FanOutTimeout, "every row marked sent", cluster.Output);

        var duplicates = PerChat().Values.Sum(n => n - 1);
        var resumed = _world.Bot.Delivered.Skip(beforeKill).Select(c => c.ReceivedUtc).Where(t => t > killedAt).DefaultIfEmpty(killedAt).Min();
        var successor = await cluster.WaitForSoleHolderAsync("deliverySender", TimeSpan.FromSeconds(30));
        output.WriteLine(
            $"{cluster.InstanceIdOf(sender)} killed after {beforeKill} messages; {cluster.InstanceIdOf(successor)} went on " +
            $"{(resumed - killedAt).TotalSeconds:0.0} s later; {duplicates} duplicate(s), {_world.Bot.LimitViolations} 429(s)");
        Assert.NotEqual(sender, successor);
        Assert.InRange(beforeKill, Chats / 3, Chats - 1);
        Assert.InRange(duplicates, 0, Concurrency);
        Assert.InRange(resumed - killedAt, TimeSpan.Zero, TimeSpan.FromSeconds(30));
        // As after a single instance's crash: the new sender cannot know when the old one last wrote to the chats it
        // resends to, so such a resend may be answered 429 (and honoured). Nothing else may run over a limit.
        Assert.InRange(_world.Bot.LimitViolations, 0, duplicates);
    }

    /// <summary>Three instances; the start-up poll backfills the old item, then the chats subscribe, then polls every 5 s.</summary>
    private async Task<WorkerCluster> StartWithChatsAsync()
    {
        var cluster = await _world.StartAsync(3, new Dictionary<string, string>
        {
            ["FeedBot__Sources__0__Schedule"] = "0/5 * * * * ?",
            ["FeedBot__Telegram__Delivery__Concurrency"] = Concurrency.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        await Conditions.WaitAsync(async () => await _world.CountItemsAsync() == 1, TimeSpan.FromSeconds(60), "the backfill poll", cluster.Output);
        await _world.AddPrivateChatsAsync(Enumerable.Range(1, Chats).Select(i => (long)i));
        return cluster;
    }

    private Dictionary<long, int> PerChat() =>
        _world.Bot.Delivered.GroupBy(c => c.ChatId!.Value).ToDictionary(g => g.Key, g => g.Count());
}

using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FeedBot.Testing;
using FeedBot.Testing.FakeTelegram;
using FeedBot.Testing.Processes;
using FeedBot.Worker.Telegram;
using Xunit.Abstractions;

namespace FeedBot.Worker.Tests.Cluster;

/// <summary>
/// The bot on three worker processes sharing one PostgreSQL database: in long-polling mode one elected instance calls
/// getUpdates and another takes over when it is killed; in webhook mode every instance accepts updates and each is
/// handled once for the cluster, even when Telegram retries it to another instance.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterBotTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const string Secret = "cluster-Webhook_Secret";
    private static readonly TimeSpan Answered = TimeSpan.FromSeconds(30);
    private ClusterWorld _world = null!;

    public async Task InitializeAsync() => _world = await ClusterWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task LongPolling_ReceiverKilled_AnotherInstanceAnswersWithin30SecondsAndNoUpdateTwice()
    {
        var cluster = await _world.StartAsync(3);
        var receiver = await cluster.WaitForSoleHolderAsync("updateReceiver", TimeSpan.FromSeconds(60));
        var before = Enumerable.Range(1, 5).Select(i => 5000L + i).ToList();
        foreach (var chat in before)
        {
            _world.Bot.SendText(chat, "/help");
        }

        await Conditions.WaitAsync(() => before.All(c => Replies(c) >= 1), Answered, "answers from the first receiver", cluster.Output);
        WorkerCluster.Kill(receiver);
        var killedAt = DateTimeOffset.UtcNow;
        var after = Enumerable.Range(1, 5).Select(i => 6000L + i).ToList();
        foreach (var chat in after)
        {
            _world.Bot.SendText(chat, "/help");
        }

        await Conditions.WaitAsync(() => after.All(c => Replies(c) >= 1), Answered, "answers after the receiver was killed", cluster.Output);
        var successor = await cluster.WaitForSoleHolderAsync("updateReceiver", TimeSpan.FromSeconds(30));
        var answeredAt = after.Max(c => _world.Bot.CallsTo("sendMessage").First(m => m.ChatId == c).ReceivedUtc);

        output.WriteLine($"{cluster.InstanceIdOf(receiver)} killed; {cluster.InstanceIdOf(successor)} answered all within {(answeredAt - killedAt).TotalSeconds:0.0} s");
        Assert.NotEqual(receiver, successor);
        Assert.All(before.Concat(after), chat => Assert.Equal(1, Replies(chat)));
        Assert.Equal(0, _world.Bot.GetUpdatesConflicts);
        Assert.Equal(0, _world.Bot.PendingCount);
    }

    [Fact]
    public async Task Webhook_UpdatesPostedToDifferentInstancesAndRetriedToOthers_EachHandledOnce()
    {
        var cluster = await _world.StartAsync(3, new Dictionary<string, string>
        {
            ["FeedBot__Telegram__Mode"] = "Webhook",
            ["FeedBot__Telegram__WebhookUrl"] = $"{ClusterWorld.PublicBaseUrl}telegram/webhook",
            ["FeedBot__Telegram__WebhookSecret"] = Secret,
        });
        var workers = cluster.Workers.ToList();
        await Conditions.WaitAsync(() => _world.Bot.CallsTo("setWebhook").Count >= workers.Count, Answered, "every instance's setWebhook", cluster.Output);

        var chats = Enumerable.Range(0, 9).Select(i => 7000L + i).ToList();
        foreach (var (chat, i) in chats.Select((c, i) => (c, i)))
        {
            var update = Update(900 + i, chat, "/help");
            Assert.Equal(HttpStatusCode.OK, await PostAsync(cluster, workers[i % 3], update));
            // Telegram retries an update it did not see acknowledged; here it goes to the next instance.
            Assert.Equal(HttpStatusCode.OK, await PostAsync(cluster, workers[(i + 1) % 3], update));
        }

        // A last update on each instance: each handles its queue in order, so its answer means the retries are done.
        var sentinels = workers.Select((w, i) => (Worker: w, Chat: 7100L + i)).ToList();
        foreach (var (worker, chat) in sentinels)
        {
            Assert.Equal(HttpStatusCode.OK, await PostAsync(cluster, worker, Update(990 + (chat - 7100), chat, "/help")));
        }

        await Conditions.WaitAsync(() => sentinels.All(s => Replies(s.Chat) >= 1) && chats.All(c => Replies(c) >= 1), Answered, "every update answered", cluster.Output);
        Assert.All(chats.Concat(sentinels.Select(s => s.Chat)), chat => Assert.Equal(1, Replies(chat)));
        Assert.Empty(_world.Bot.CallsTo("getUpdates"));
    }

    private int Replies(long chatId) => _world.Bot.CallsTo("sendMessage").Count(c => c.ChatId == chatId);

    private static async Task<HttpStatusCode> PostAsync(WorkerCluster cluster, WorkerProcess worker, string json)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(worker.BaseUrl, "/telegram/webhook"))
        {
            Content = new StringContent(json, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add(TelegramEndpoints.SecretHeader, Secret);
        using var response = await cluster.Http.SendAsync(request);
        return response.StatusCode;
    }

    private static string Update(long id, long chatId, string text) => new JsonObject
    {
        ["update_id"] = id,
        ["message"] = new JsonObject
        {
            ["message_id"] = 1,
            ["date"] = 1751241600,
            ["text"] = text,
            ["chat"] = new JsonObject { ["id"] = chatId, ["type"] = "private" },
            ["from"] = new JsonObject { ["id"] = chatId, ["is_bot"] = false, ["first_name"] = "A" },
        },
    }.ToJsonString();
}

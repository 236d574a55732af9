using System.Net;
using FeedBot.Testing;
using FeedBot.Testing.FakeSite;
using FeedBot.Testing.Processes;
using FeedBot.Worker.Tests.Delivery;
using Xunit.Abstractions;

namespace FeedBot.Worker.Tests.Cluster;

/// <summary>Three worker processes on one PostgreSQL database: Quartz's clustered store runs each fire once, recovers a
/// killed instance's poll, and every instance serves the same feeds.</summary>
[Collection(ClusterCollection.Name)]
public sealed class ClusterPollTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan FireInterval = TimeSpan.FromSeconds(5);
    private ClusterWorld _world = null!;

    public async Task InitializeAsync() => _world = await ClusterWorld.CreateAsync();

    public async Task DisposeAsync() => await _world.DisposeAsync();

    [Fact]
    public async Task Cron_ThreeInstances_EachFireRunsOnExactlyOneInstance()
    {
        var cluster = await _world.StartAsync(3, new Dictionary<string, string> { ["FeedBot__Sources__0__Schedule"] = "0/5 * * * * ?" }, telegram: false);
        var since = DateTimeOffset.UtcNow;

        // Two fires let every instance's start-up poll pass; the four after them are counted.
        await Conditions.WaitAsync(() => FiresSince(since).Count >= 7, TimeSpan.FromSeconds(120), "seven cron fires", cluster.Output);

        var counted = FiresSince(since).Skip(2).Take(4).ToList();
        foreach (var fire in counted)
        {
            output.WriteLine($"{fire.Key:HH:mm:ss}: {string.Join(", ", fire.Select(r => r.UserAgent))}");
        }

        Assert.All(counted, fire => Assert.Single(fire));
        Assert.Equal(Enumerable.Range(0, 4).Select(i => counted[0].Key + (FireInterval * i)), counted.Select(f => f.Key));
    }

    [Fact]
    public async Task Poll_InstanceKilledMidPoll_AnotherInstanceRunsItAgain()
    {
        _world.Site.InjectFault(ClusterWorld.ListingPath, SiteFault.Slow(TimeSpan.FromMinutes(5)), times: 1);
        var cluster = await _world.StartAsync(3, telegram: false);
        await Conditions.WaitAsync(() => _world.ListingPolls().Count >= 1, TimeSpan.FromSeconds(60), "the first poll to start", cluster.Output);
        var stuck = _world.ListingPolls()[0];
        var victim = cluster.Workers.Single(w => WorkerCluster.UserAgentOf(cluster.InstanceIdOf(w)) == stuck.UserAgent);
        var polling = (await cluster.HealthAsync(victim))["checks"]?["cluster"]?["data"]?["pollingNow"]?.AsArray().Select(n => (string?)n);
        Assert.Equal([ClusterWorld.SourceId], polling);

        WorkerCluster.Kill(victim);
        var killedAt = DateTimeOffset.UtcNow;
        await Conditions.WaitAsync(
            async () => await PolledSuccessfullyAsync(cluster), TimeSpan.FromSeconds(60), "another instance finishing the poll", cluster.Output);

        var rerun = _world.ListingPolls().Skip(1).First();
        output.WriteLine($"{stuck.UserAgent} killed mid-poll; {rerun.UserAgent} polled {(rerun.ReceivedUtc - killedAt).TotalSeconds:0.0} s later");
        Assert.NotEqual(stuck.UserAgent, rerun.UserAgent);
    }

    [Fact]
    public async Task Feeds_AfterAPollOnOneInstance_EveryInstanceServesTheSameBytesAndETag()
    {
        var cluster = await _world.StartAsync(3, telegram: false);
        await Conditions.WaitAsync(async () => await PolledSuccessfullyAsync(cluster), TimeSpan.FromSeconds(60), "the start-up poll", cluster.Output);
        _world.Listing.Publish(DeliveryWorld.Article("bai-moi", "Tin mới của cụm"));
        var runningPolls = _world.ListingPolls().Count;

        // Restarting one instance polls once more (its start-up poll), on whichever instance Quartz gives it to.
        var extra = cluster.StartOne();
        await extra.WaitForListeningAsync(WorkerCluster.StartTimeout);
        await Conditions.WaitAsync(() => _world.ListingPolls().Count > runningPolls, TimeSpan.FromSeconds(60), "a poll of the new item", cluster.Output);

        foreach (var format in new[] { "rss", "atom", "json" })
        {
            var path = $"/feeds/{ClusterWorld.SourceId}.{format}";
            // The poll stores the item, then its article in a later transaction; each instance sees a change within
            // ItemChangeTracker.RefreshInterval, so the instances agree once both writes are read, not at the first.
            var responses = new List<(string Body, string? ETag)>();
            await Conditions.WaitAsync(
                async () =>
                {
                    responses = await FetchAllAsync(cluster, path);
                    return responses.All(r => r.Body.Contains("bai-moi", StringComparison.Ordinal)) && responses.Select(r => r.Body).Distinct().Count() == 1;
                },
                TimeSpan.FromSeconds(30), $"every instance serving the same bytes with the new item in {path}", cluster.Output);
            Assert.Equal(4, responses.Count);
            Assert.Single(responses.Select(r => r.ETag).Distinct());
            Assert.All(responses, r => Assert.NotNull(r.ETag));
        }
    }

    private List<IGrouping<DateTimeOffset, RecordedRequest>> FiresSince(DateTimeOffset since) =>
        [.. _world.ListingPolls().Where(r => r.ReceivedUtc > since).GroupBy(r => Floor(r.ReceivedUtc)).OrderBy(g => g.Key)];

    private static DateTimeOffset Floor(DateTimeOffset time) => new(time.Ticks - (time.Ticks % FireInterval.Ticks), TimeSpan.Zero);

    private static async Task<bool> PolledSuccessfullyAsync(WorkerCluster cluster)
    {
        var health = await cluster.HealthAsync(cluster.Running.First());
        return (string?)health["sources"]?[0]?["lastPoll"]?["outcome"] == "success";
    }

    private static async Task<List<(string Body, string? ETag)>> FetchAllAsync(WorkerCluster cluster, string path)
    {
        var responses = new List<(string, string?)>();
        foreach (var worker in cluster.Running)
        {
            using var response = await cluster.Http.GetAsync(new Uri(worker.BaseUrl, path));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            responses.Add((await response.Content.ReadAsStringAsync(), response.Headers.ETag?.Tag));
        }

        return responses;
    }
}

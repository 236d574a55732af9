using BenchmarkDotNet.Attributes;
using FeedBot.Feeds.Storage;
using FeedBot.Testing.Processes;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>
/// A fan-out by a cluster: three worker processes on one PostgreSQL database (the test server:
/// <c>FEEDBOT_TEST_POSTGRES</c>, else a throwaway one), 5,000 private chats, <c>GlobalPerSecond</c> 30 against the fake
/// Bot API enforcing 30 a second. One instance is elected sender; the rate is measured at the fake, for the bot as a
/// whole. Report: BenchmarkDotNet.Artifacts/results/delivery-fanout-3-instances.md.
/// </summary>
[Config(typeof(SingleRunConfig))]
public class ClusterFanOutBenchmark : WorkerBenchmark
{
    private const int Instances = 3;

    protected override int Chats => 5_000;

    protected override StorageProvider Provider => StorageProvider.Postgres;

    [Benchmark]
    public void FanOut5000PrivateChatsOnThreeInstances() => RunAsync().GetAwaiter().GetResult();

    private async Task RunAsync()
    {
        using var cluster = await WorkerCluster.StartAsync(Instances, Database.Store.PostgresConnectionString!, WorkerEnvironment());
        var peak = await FollowFanOutAsync(
            () => cluster.Workers.Max(w => w.PeakWorkingSetBytes() ?? 0), () => cluster.Running.Any(), TimeSpan.FromMinutes(7));
        FanOutReport.Write(Bot, Chats, Rate, Instances, peak, cluster.Output(), "");
    }
}

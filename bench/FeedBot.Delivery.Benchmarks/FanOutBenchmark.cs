using BenchmarkDotNet.Attributes;
using FeedBot.Testing.Processes;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>
/// One new item fanned out to 10,000 private chats by the real worker process, against the fake Bot API enforcing
/// 30 messages a second, with <c>GlobalPerSecond</c> 30, under the worker's shipped runtime settings, without their
/// gen0 cap, and under .NET's defaults for a web app (<see cref="GcProfile"/>). One run each (about 6 minutes); the achieved rate as a share of
/// 30/s, the 429s the fake answered and the worker's peak memory are printed and written to
/// BenchmarkDotNet.Artifacts/results/delivery-fanout-&lt;profile&gt;.md.
/// </summary>
[Config(typeof(SingleRunConfig))]
public class FanOutBenchmark : WorkerBenchmark
{
    public static IEnumerable<GcProfile> Profiles => GcProfile.Selected([GcProfile.Shipped, GcProfile.NoGen0Cap, GcProfile.WebDefault]);

    [ParamsSource(nameof(Profiles))]
    public GcProfile Profile { get; set; } = GcProfile.Shipped;

    protected override int Chats => 10_000;

    [Benchmark]
    public void FanOut10000PrivateChats() => RunAsync().GetAwaiter().GetResult();

    private async Task RunAsync()
    {
        using var worker = WorkerProcess.Start(WorkerEnvironment(Profile.Environment));
        var peak = await FollowFanOutAsync(() => worker.PeakWorkingSetBytes() ?? 0, () => !worker.HasExited, TimeSpan.FromMinutes(10));
        FanOutReport.Write(Bot, Chats, Rate, 1, peak, worker.RecentOutput, Profile.Name);
    }
}

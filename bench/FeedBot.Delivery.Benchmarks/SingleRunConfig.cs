using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>
/// One run, no warm-up, in the benchmark's own process (the worker under test is a separate process anyway): a
/// fan-out paced by Telegram's limits takes minutes (a 10,000-chat one over five, the in-process toolchain's default
/// timeout, hence 15) and is measured by its rate, not by repetition.
/// </summary>
public sealed class SingleRunConfig : ManualConfig
{
    public SingleRunConfig()
    {
        AddJob(Job.Default
            .WithStrategy(RunStrategy.Monitoring)
            .WithLaunchCount(1)
            .WithWarmupCount(0)
            .WithIterationCount(1)
            .WithInvocationCount(1)
            .WithUnrollFactor(1)
            .WithToolchain(new InProcessEmitToolchain(TimeSpan.FromMinutes(15), logOutput: true)));
    }
}

using System.Diagnostics;
using BenchmarkDotNet.Attributes;
using FeedBot.Testing.Processes;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>
/// The worker's resident memory after start-up and its first poll (the fake site's new item stored and sent to one
/// chat through the fake Bot API, the bot long polling), under each <see cref="GcProfile"/>: VmRSS sampled for
/// <see cref="Settle"/> after the send (the largest sample), VmHWM, and the assemblies mapped. One row per profile in
/// BenchmarkDotNet.Artifacts/results/startup-memory.md.
/// </summary>
[Config(typeof(SingleRunConfig))]
public class StartupMemoryBenchmark : WorkerBenchmark
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);
    private static readonly List<string> Rows = [];

    public static IEnumerable<GcProfile> Profiles => GcProfile.Selected(GcProfile.All);

    [ParamsSource(nameof(Profiles))]
    public GcProfile Profile { get; set; } = GcProfile.Shipped;

    protected override int Chats => 1;

    [Benchmark]
    public void StartAndPollOnce() => RunAsync().GetAwaiter().GetResult();

    private async Task RunAsync()
    {
        var started = Stopwatch.StartNew();
        using var worker = WorkerProcess.Start(WorkerEnvironment(Profile.Environment));
        await worker.WaitForListeningAsync(TimeSpan.FromMinutes(2));
        var listening = started.Elapsed;
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (Bot.Delivered.Count == 0 && DateTime.UtcNow < deadline && !worker.HasExited)
        {
            await Task.Delay(100);
        }

        var polled = started.Elapsed;
        long resident = 0;
        for (var settled = Stopwatch.StartNew(); settled.Elapsed < Settle && !worker.HasExited;)
        {
            resident = Math.Max(resident, ProcStatus.ResidentBytes(worker.Id));
            await Task.Delay(200);
        }

        var (anonymous, file, shared) = ProcStatus.ResidentParts(worker.Id);
        if (Profile == GcProfile.Shipped)
        {
            WriteMappings(ProcStatus.ResidentByMapping(worker.Id));
        }

        Rows.Add($"| {Profile.Name} | {ProcStatus.Megabytes(resident)} | {ProcStatus.Megabytes(ProcStatus.PeakResidentBytes(worker.Id))} | "
            + $"{ProcStatus.Megabytes(anonymous)} / {ProcStatus.Megabytes(file)} / {ProcStatus.Megabytes(shared)} | {ProcStatus.MappedAssemblies(worker.Id)} | {listening.TotalSeconds:0.0} s | {polled.TotalSeconds:0.0} s | {(Bot.Delivered.Count == 1 ? "yes" : "NO")} |");
        Write();
    }

    /// <summary>What the shipped worker has resident after its first poll, by mapping: startup-mappings.md.</summary>
    private static void WriteMappings(IReadOnlyList<(string Mapping, long Kilobytes)> mappings)
    {
        var lines = mappings.Take(40).Select(m => $"| {m.Mapping} | {(m.Kilobytes / 1024.0).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture)} |");
        var results = Path.Combine("BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "startup-mappings.md"), string.Join(Environment.NewLine,
            ["# Resident memory of the shipped worker after its first poll, by mapping (largest 40)", "", "| mapping | MB |", "|---|---|", .. lines]) + Environment.NewLine);
    }

    private static void Write()
    {
        var report = string.Join(Environment.NewLine,
        [
            "# Worker memory after start-up and the first poll",
            "",
            "| profile | VmRSS after the poll (MB) | VmHWM (MB) | anonymous / file / shared (MB) | assemblies mapped | listening after | item sent after | sent |",
            "|---|---|---|---|---|---|---|---|",
            .. Rows,
        ]);
        Console.WriteLine(report);
        var results = Path.Combine("BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "startup-memory.md"), report + Environment.NewLine);
    }
}

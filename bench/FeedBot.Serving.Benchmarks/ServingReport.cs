using static FeedBot.Serving.Benchmarks.ServingBenchmark;

namespace FeedBot.Serving.Benchmarks;

/// <summary>Prints the measurements as a Markdown table: per request shape the median requests a second of each server over
/// the alternating runs, and the median of the runs' worker/nginx ratios against the goal (0.8, at worst 0.6), and beside them Kestrel alone with the
/// same bytes (<see cref="KestrelReference"/>).</summary>
public sealed class ServingReport
{
    private readonly List<string> _rows = [];

    public ServingReport(ServedFeed feed, string loadBefore, int connections, TimeSpan duration, int rounds)
    {
        Console.WriteLine("# Serving benchmark: worker vs nginx (gzip_static), same bytes");
        Console.WriteLine();
        Console.WriteLine($"- wrk -t1 -c{connections} -d{(int)duration.TotalSeconds}s, {rounds} alternating runs per server and request, loopback, {Environment.ProcessorCount} cores, load average before: {loadBefore}");
        Console.WriteLine($"- body: {feed.Identity.Length} bytes identity, {feed.Gzip.Length} bytes gzip; tags {feed.IdentityETag}, {feed.GzipETag}");
    }

    /// <param name="runs">Per run the requests a second of the worker, nginx and Kestrel alone.</param>
    public void Add(ServingScenario scenario, IReadOnlyList<double[]> runs)
    {
        var worker = Median(runs.Select(r => r[0]));
        var nginx = Median(runs.Select(r => r[1]));
        var kestrel = Median(runs.Select(r => r[2]));
        var ratio = Median(runs.Select(r => r[0] / r[1]));
        var floor = Median(runs.Select(r => r[0] / r[2]));
        var verdict = ratio >= 0.8 ? "goal met" : ratio >= 0.6 ? "below goal" : "WORSE THAN 0.6";
        var each = string.Join(" ", runs.Select(r => Format(r[0] / r[1], "0.00")));
        _rows.Add($"| {scenario.Name} | {Format(worker, "N0")} | {Format(nginx, "N0")} | **{Format(ratio, "0.00")}** ({each}) | {verdict} | {Format(kestrel, "N0")} | {Format(floor, "0.00")} |");
        Console.WriteLine($"  {scenario.Name}: worker {Format(worker, "N0")}/s, nginx {Format(nginx, "N0")}/s, ratio {Format(ratio, "0.00")} (runs: {each}); Kestrel alone {Format(kestrel, "N0")}/s, worker/Kestrel {Format(floor, "0.00")}");
    }

    public void Finish(string loadAfter, long? workerPeakBytes)
    {
        Console.WriteLine();
        Console.WriteLine("| request | worker req/s | nginx req/s | worker/nginx (each run) | goal 0.8 | Kestrel alone req/s | worker/Kestrel alone |");
        Console.WriteLine("|---|---|---|---|---|---|---|");
        _rows.ForEach(Console.WriteLine);
        Console.WriteLine();
        var peak = workerPeakBytes is { } bytes ? $"{Format(bytes / 1024.0 / 1024.0, "0.0")} MB" : "n/a";
        Console.WriteLine($"- load average after: {loadAfter}; worker peak memory (VmHWM): {peak}");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }
}

using static FeedBot.Serving.Benchmarks.ServingBenchmark;

namespace FeedBot.Serving.Benchmarks;

/// <summary>Prints the measurements as a Markdown table, worker/nginx ratios against the goal (0.8, at worst 0.6).</summary>
public sealed class ServingReport
{
    private readonly List<string> _rows = [];

    public ServingReport(ServedFeed feed, string loadBefore, int connections, TimeSpan duration)
    {
        Console.WriteLine("# Serving benchmark: worker vs nginx (gzip_static), same bytes");
        Console.WriteLine();
        Console.WriteLine($"- wrk -t1 -c{connections} -d{(int)duration.TotalSeconds}s, loopback, {Environment.ProcessorCount} cores, load average before: {loadBefore}");
        Console.WriteLine($"- body: {feed.Identity.Length} bytes identity, {feed.Gzip.Length} bytes gzip; tags {feed.IdentityETag}, {feed.GzipETag}");
    }

    public void Add(ServingScenario scenario, double worker, double nginx)
    {
        var ratio = worker / nginx;
        var verdict = ratio >= 0.8 ? "goal met" : ratio >= 0.6 ? "below goal" : "WORSE THAN 0.6";
        _rows.Add($"| {scenario.Name} | {Format(worker, "N0")} | {Format(nginx, "N0")} | **{Format(ratio, "0.00")}** | {verdict} |");
        Console.WriteLine($"  {scenario.Name}: worker {Format(worker, "N0")}/s, nginx {Format(nginx, "N0")}/s, ratio {Format(ratio, "0.00")}");
    }

    public void Finish(string loadAfter, long? workerPeakBytes)
    {
        Console.WriteLine();
        Console.WriteLine("| request | worker req/s | nginx req/s | worker/nginx | |");
        Console.WriteLine("|---|---|---|---|---|");
        _rows.ForEach(Console.WriteLine);
        Console.WriteLine();
        var peak = workerPeakBytes is { } bytes ? $"{Format(bytes / 1024.0 / 1024.0, "0.0")} MB" : "n/a";
        Console.WriteLine($"- load average after: {loadAfter}; worker peak memory (VmHWM): {peak}");
    }
}

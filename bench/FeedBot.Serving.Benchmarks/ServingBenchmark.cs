using System.Globalization;
using System.Net;

namespace FeedBot.Serving.Benchmarks;

/// <summary>
/// Starts the worker against the fake site, nginx on the worker's bytes, checks both answer every scenario alike, then
/// measures each scenario on the worker and on nginx in turn (a warm-up run each first) and prints the ratios.
/// </summary>
public static class ServingBenchmark
{
    /// <param name="hold">When positive, no measurement: both servers stay up this long for profiling by hand.</param>
    public static async Task<int> RunAsync(TimeSpan duration, int connections, int rounds, TimeSpan hold)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });
        await using var worker = await WorkerSubject.StartAsync();
        var workerFeed = await worker.WaitForFeedAsync(client);
        using var nginx = await NginxServer.StartAsync(workerFeed, WorkerSubject.FeedPath);
        var nginxFeed = await FeedFetch.ReadAsync(client, new Uri(nginx.BaseUrl, WorkerSubject.FeedPath));
        Check(workerFeed, nginxFeed);
        foreach (var scenario in ServingScenario.All)
        {
            await ExpectStatusAsync(client, workerFeed, scenario);
            await ExpectStatusAsync(client, nginxFeed, scenario);
        }

        if (hold > TimeSpan.Zero)
        {
            Console.WriteLine($"worker {workerFeed.Url} (pid {worker.Process.Id}) tags {workerFeed.IdentityETag} {workerFeed.GzipETag}; nginx {nginxFeed.Url} tags {nginxFeed.IdentityETag} {nginxFeed.GzipETag}");
            await Task.Delay(hold);
            return 0;
        }

        var report = new ServingReport(workerFeed, ReadLoadAverage(), connections, duration);
        foreach (var scenario in ServingScenario.All)
        {
            await WrkRun.MeasureAsync(workerFeed.Url, scenario.Headers(workerFeed), TimeSpan.FromSeconds(5), connections);
            await WrkRun.MeasureAsync(nginxFeed.Url, scenario.Headers(nginxFeed), TimeSpan.FromSeconds(5), connections);
        }

        for (var round = 0; round < rounds; round++)
        {
            foreach (var scenario in ServingScenario.All)
            {
                var ours = await WrkRun.MeasureAsync(workerFeed.Url, scenario.Headers(workerFeed), duration, connections);
                var theirs = await WrkRun.MeasureAsync(nginxFeed.Url, scenario.Headers(nginxFeed), duration, connections);
                report.Add(scenario, ours, theirs);
            }
        }

        report.Finish(ReadLoadAverage(), worker.Process.PeakWorkingSetBytes());
        return 0;
    }

    /// <summary>nginx must send exactly the worker's bytes, identity and gzip.</summary>
    private static void Check(ServedFeed worker, ServedFeed nginx)
    {
        if (!worker.Identity.AsSpan().SequenceEqual(nginx.Identity) || !worker.Gzip.AsSpan().SequenceEqual(nginx.Gzip))
        {
            throw new InvalidOperationException("nginx does not serve the worker's bytes.");
        }
    }

    private static async Task ExpectStatusAsync(HttpClient client, ServedFeed feed, ServingScenario scenario)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, feed.Url);
        foreach (var header in scenario.Headers(feed))
        {
            var colon = header.IndexOf(':', StringComparison.Ordinal);
            request.Headers.TryAddWithoutValidation(header[..colon], header[(colon + 1)..].Trim());
        }

        using var response = await client.SendAsync(request);
        if ((int)response.StatusCode != scenario.Status)
        {
            throw new InvalidOperationException($"{feed.Url} answered {(int)response.StatusCode} to '{scenario.Name}', not {scenario.Status}.");
        }
    }

    private static string ReadLoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    internal static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

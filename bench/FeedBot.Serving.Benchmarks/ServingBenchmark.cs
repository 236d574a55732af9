using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;

namespace FeedBot.Serving.Benchmarks;

/// <summary>
/// Starts the worker against the fake site, nginx and Kestrel alone on the worker's bytes, checks that all three send
/// the same bytes and answer every request shape alike, then measures each shape on the three in alternating runs
/// (a warm-up run each first), so that they see the same load on a shared machine, and prints the medians and the
/// median of the runs' ratios.
/// </summary>
public static class ServingBenchmark
{
    /// <param name="hold">When positive, no measurement: the servers stay up this long (or until SIGINT/SIGTERM) for profiling by hand.</param>
    public static async Task<int> RunAsync(TimeSpan duration, int connections, int rounds, TimeSpan hold)
    {
        using var client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.None });
        await using var worker = await WorkerSubject.StartAsync();
        var workerFeed = await worker.WaitForFeedAsync(client);
        using var nginx = await NginxServer.StartAsync(workerFeed, WorkerSubject.FeedPath);
        await using var kestrel = await KestrelReference.StartAsync(workerFeed, workerFeed.ContentType, workerFeed.LastModified);
        ServedFeed[] feeds = [workerFeed, await ReadAsync(client, nginx.BaseUrl), await ReadAsync(client, kestrel.BaseUrl)];
        foreach (var feed in feeds)
        {
            await CheckAsync(client, workerFeed, feed);
        }

        if (hold > TimeSpan.Zero)
        {
            Console.WriteLine($"worker {feeds[0].Url} (pid {worker.Process.Id}) nginx {feeds[1].Url} kestrel {feeds[2].Url}; gzip tags {string.Join(" ", feeds.Select(f => f.GzipETag))}");
            await HoldAsync(hold);
            return 0;
        }

        var report = new ServingReport(workerFeed, ReadLoadAverage(), connections, duration, rounds);
        foreach (var scenario in ServingScenario.All)
        {
            report.Add(scenario, await MeasureAsync(scenario, feeds, duration, connections, rounds));
        }

        report.Finish(ReadLoadAverage(), worker.Process.PeakWorkingSetBytes());
        return 0;
    }

    /// <summary>Each run: worker, nginx, Kestrel alone, one after another; requests a second per server and run.</summary>
    private static async Task<List<double[]>> MeasureAsync(ServingScenario scenario, ServedFeed[] feeds, TimeSpan duration, int connections, int rounds)
    {
        foreach (var feed in feeds)
        {
            await WrkRun.MeasureAsync(feed.Url, scenario.Headers(feed), TimeSpan.FromSeconds(3), connections);
        }

        var runs = new List<double[]>();
        for (var round = 0; round < rounds; round++)
        {
            var run = new double[feeds.Length];
            for (var i = 0; i < feeds.Length; i++)
            {
                run[i] = await WrkRun.MeasureAsync(feeds[i].Url, scenario.Headers(feeds[i]), duration, connections);
            }

            runs.Add(run);
        }

        return runs;
    }

    private static Task<ServedFeed> ReadAsync(HttpClient client, Uri baseUrl) => FeedFetch.ReadAsync(client, new Uri(baseUrl, WorkerSubject.FeedPath));

    /// <summary>Every server must send exactly the worker's bytes, identity and gzip, and answer each shape with its status.</summary>
    private static async Task CheckAsync(HttpClient client, ServedFeed worker, ServedFeed feed)
    {
        if (!worker.Identity.AsSpan().SequenceEqual(feed.Identity) || !worker.Gzip.AsSpan().SequenceEqual(feed.Gzip))
        {
            throw new InvalidOperationException($"{feed.Url} does not serve the worker's bytes.");
        }

        foreach (var scenario in ServingScenario.All)
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
    }

    private static async Task HoldAsync(TimeSpan hold)
    {
        using var stop = new CancellationTokenSource(hold);
        using var term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context => { context.Cancel = true; stop.Cancel(); });
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context => { context.Cancel = true; stop.Cancel(); });
        await Task.Delay(Timeout.Infinite, stop.Token).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private static string ReadLoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "n/a";

    internal static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}

using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using BenchmarkDotNet.Attributes;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>
/// The floor under <see cref="StartupMemoryBenchmark"/>: <c>FeedBot.MemoryFloor</c>, an ASP.NET Core app built like the
/// worker (slim builder, the worker's runtime settings) that answers one route and does nothing else, measured the same
/// way after its first request. What no FeedBot change can go below; results/framework-floor.md.
/// </summary>
[Config(typeof(SingleRunConfig))]
public class FrameworkFloorBenchmark
{
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(5);

    [Benchmark]
    public void EmptyAspNetCoreApp() => RunAsync().GetAwaiter().GetResult();

    private static async Task RunAsync()
    {
        var url = $"http://127.0.0.1:{FreePort()}/";
        using var process = Process.Start(new ProcessStartInfo("dotnet", [LocateFloorDll()])
        {
            Environment = { ["ASPNETCORE_URLS"] = url, ["DOTNET_ENVIRONMENT"] = "Production" },
            RedirectStandardOutput = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("dotnet did not start.");
        try
        {
            await WaitForAnswerAsync(new Uri(url), process);
            long resident = 0;
            for (var settled = Stopwatch.StartNew(); settled.Elapsed < Settle && !process.HasExited;)
            {
                resident = Math.Max(resident, ProcStatus.ResidentBytes(process.Id));
                await Task.Delay(200);
            }

            Write(process.Id, resident);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
        }
    }

    private static async Task WaitForAnswerAsync(Uri url, Process process)
    {
        using var client = new HttpClient();
        var deadline = DateTime.UtcNow.AddMinutes(1);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            try
            {
                if ((await client.GetAsync(url)).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // not listening yet
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"{LocateFloorDll()} did not answer {url} within a minute.");
    }

    private static void Write(int pid, long resident)
    {
        var (anonymous, file, shared) = ProcStatus.ResidentParts(pid);
        var report = string.Join(Environment.NewLine,
        [
            "# The framework floor: an empty ASP.NET Core app after its first request",
            "",
            "| app | VmRSS (MB) | anonymous / file / shared (MB) | assemblies mapped |",
            "|---|---|---|---|",
            $"| FeedBot.MemoryFloor (slim builder, one route, the worker's runtime settings) | {ProcStatus.Megabytes(resident)} | "
                + $"{ProcStatus.Megabytes(anonymous)} / {ProcStatus.Megabytes(file)} / {ProcStatus.Megabytes(shared)} | {ProcStatus.MappedAssemblies(pid)} |",
        ]);
        Console.WriteLine(report);
        var results = Path.Combine("BenchmarkDotNet.Artifacts", "results");
        Directory.CreateDirectory(results);
        File.WriteAllText(Path.Combine(results, "framework-floor.md"), report + Environment.NewLine);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>bench/FeedBot.MemoryFloor/bin/&lt;configuration&gt;/net10.0/FeedBot.MemoryFloor.dll, built with this project.</summary>
    private static string LocateFloorDll()
    {
        var worker = FeedBot.Testing.Processes.WorkerProcess.LocateWorkerDll();
        var configuration = Path.GetFileName(Path.GetDirectoryName(Path.GetDirectoryName(worker))!);
        var root = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(worker)!, "..", "..", "..", "..", ".."));
        return Path.Combine(root, "bench", "FeedBot.MemoryFloor", "bin", configuration, "net10.0", "FeedBot.MemoryFloor.dll");
    }
}

using System.Collections.Concurrent;
using System.Diagnostics;

namespace FeedBot.Testing.Processes;

/// <summary>
/// The real worker (<c>dotnet FeedBot.Worker.dll</c>) as a separate process, configured through environment variables
/// (<c>FeedBot__...</c>), for tests that kill it (crash safety, clusters) and benchmarks that measure its memory. It
/// listens on a free loopback port, read from its "Now listening on" log line (<see cref="WaitForListeningAsync"/>).
/// </summary>
public sealed class WorkerProcess : IDisposable
{
    private const string ListeningMarker = "Now listening on: ";
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();
    private bool _disposed;
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private WorkerProcess(Process process)
    {
        _process = process;
    }

    public int Id => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>Where the worker listens, once <see cref="WaitForListeningAsync"/> has returned.</summary>
    public Uri BaseUrl => _listening.Task.IsCompletedSuccessfully ? _listening.Task.Result : throw new InvalidOperationException("The worker is not listening yet.");

    /// <summary>Waits for Kestrel's "Now listening on" line; fails when the worker exits first or the timeout passes.</summary>
    public async Task<Uri> WaitForListeningAsync(TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!_listening.Task.IsCompleted)
        {
            if (HasExited || DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The worker did not start listening (exited: {HasExited}). Output:\n{RecentOutput}");
            }

            await Task.WhenAny(_listening.Task, Task.Delay(100));
        }

        return await _listening.Task;
    }

    /// <summary>The last lines the worker wrote (stdout and stderr), for failure messages.</summary>
    public string RecentOutput => string.Join(Environment.NewLine, _output);

    public static WorkerProcess Start(IReadOnlyDictionary<string, string> environment)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.ArgumentList.Add(LocateWorkerDll());
        info.Environment["DOTNET_ENVIRONMENT"] = "Production";
        info.Environment["FeedBot__Http__Urls"] = "http://127.0.0.1:0";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        var worker = new WorkerProcess(Process.Start(info) ?? throw new InvalidOperationException("dotnet did not start."));
        worker._process.OutputDataReceived += (_, e) => worker.Keep(e.Data);
        worker._process.ErrorDataReceived += (_, e) => worker.Keep(e.Data);
        worker._process.BeginOutputReadLine();
        worker._process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>kill -9 of the worker and every child process, as a crash would.</summary>
    public void Kill()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.WaitForExit(10_000);
    }

    /// <summary>The process's peak resident memory so far (Linux VmHWM), or null where /proc is not available.</summary>
    public long? PeakWorkingSetBytes()
    {
        var status = $"/proc/{_process.Id}/status";
        if (!File.Exists(status))
        {
            return null;
        }

        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? null : long.Parse(kilobytes, System.Globalization.CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>src/FeedBot.Worker/bin/&lt;configuration&gt;/net10.0/FeedBot.Worker.dll, found from the running assembly's folder.</summary>
    public static string LocateWorkerDll()
    {
        var baseDirectory = AppContext.BaseDirectory;
        var configuration = baseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(baseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FeedBot.sln")))
            {
                var dll = Path.Combine(dir.FullName, "src", "FeedBot.Worker", "bin", configuration, "net10.0", "FeedBot.Worker.dll");
                return File.Exists(dll) ? dll : throw new FileNotFoundException($"Build the worker first: {dll} is missing.", dll);
            }
        }

        throw new DirectoryNotFoundException($"No FeedBot.sln above {baseDirectory}.");
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        var marker = line.IndexOf(ListeningMarker, StringComparison.Ordinal);
        if (marker >= 0 && Uri.TryCreate(line[(marker + ListeningMarker.Length)..].Trim(), UriKind.Absolute, out var url))
        {
            _listening.TrySetResult(url);
        }

        while (_output.Count > 200 && _output.TryDequeue(out _))
        {
        }
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        Kill();
        _process.Dispose();
    }
}

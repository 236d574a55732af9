using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace FeedBot.Serving.Benchmarks;

/// <summary>One <c>wrk -t1 -c&lt;connections&gt;</c> run against a URL with extra request headers; requests a second.</summary>
public static partial class WrkRun
{
    public static async Task<double> MeasureAsync(Uri url, IReadOnlyList<string> headers, TimeSpan duration, int connections)
    {
        var info = new ProcessStartInfo("wrk") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { "-t1", $"-c{connections}", $"-d{(int)duration.TotalSeconds}s" })
        {
            info.ArgumentList.Add(argument);
        }

        foreach (var header in headers)
        {
            info.ArgumentList.Add("-H");
            info.ArgumentList.Add(header);
        }

        info.ArgumentList.Add(url.AbsoluteUri);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0 || Failures().IsMatch(output) || RequestsPerSecond().Match(output) is not { Success: true } rate)
        {
            throw new InvalidOperationException($"wrk failed against {url} (exit {process.ExitCode}):\n{output}\n{errors}");
        }

        return double.Parse(rate.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"Non-2xx or 3xx responses|Socket errors")]
    private static partial Regex Failures();
}

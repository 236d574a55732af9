using System.Globalization;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>A Linux process's memory from /proc: resident (VmRSS), peak resident (VmHWM), and the assemblies it has mapped.</summary>
internal static class ProcStatus
{
    public static long ResidentBytes(int pid) => Field(pid, "VmRSS:");

    public static long PeakResidentBytes(int pid) => Field(pid, "VmHWM:");

    /// <summary>Distinct .dll files mapped into the process: the managed assemblies loaded (framework and ours).</summary>
    public static int MappedAssemblies(int pid) =>
        File.ReadLines($"/proc/{pid}/maps")
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length >= 6 && parts[5].EndsWith(".dll", StringComparison.Ordinal))
            .Select(parts => parts[5])
            .Distinct(StringComparer.Ordinal)
            .Count();

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static long Field(int pid, string name)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? 0 : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}

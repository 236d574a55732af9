using System.Globalization;

namespace FeedBot.Delivery.Benchmarks;

/// <summary>A Linux process's memory from /proc: resident (VmRSS), peak resident (VmHWM), and the assemblies it has mapped.</summary>
internal static class ProcStatus
{
    public static long ResidentBytes(int pid) => Field(pid, "VmRSS:");

    public static long PeakResidentBytes(int pid) => Field(pid, "VmHWM:");

    /// <summary>VmRSS split as the kernel counts it: anonymous (GC heap, native heaps, stacks), file-backed (mapped assemblies and libraries), shared memory (W^X double-mapped code).</summary>
    public static (long Anonymous, long File, long Shared) ResidentParts(int pid) =>
        (Field(pid, "RssAnon:"), Field(pid, "RssFile:"), Field(pid, "RssShmem:"));

    /// <summary>Distinct .dll files mapped into the process: the managed assemblies loaded (framework and ours).</summary>
    public static int MappedAssemblies(int pid) =>
        File.ReadLines($"/proc/{pid}/maps")
            .Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(parts => parts.Length >= 6 && parts[5].EndsWith(".dll", StringComparison.Ordinal))
            .Select(parts => parts[5])
            .Distinct(StringComparer.Ordinal)
            .Count();

    /// <summary>Resident kilobytes per mapped file (and the anonymous, heap and double-mapped code regions), largest first, from smaps.</summary>
    public static IReadOnlyList<(string Mapping, long Kilobytes)> ResidentByMapping(int pid)
    {
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        var current = "";
        foreach (var line in File.ReadLines($"/proc/{pid}/smaps"))
        {
            var parts = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (parts.Length >= 5 && parts[0].Contains('-', StringComparison.Ordinal) && !parts[0].EndsWith(':'))
            {
                current = parts.Length >= 6 ? Path.GetFileName(parts[5]) : "[anonymous]";
            }
            else if (parts.Length >= 2 && parts[0] == "Rss:")
            {
                sizes[current] = sizes.GetValueOrDefault(current) + long.Parse(parts[1], CultureInfo.InvariantCulture);
            }
        }

        return sizes.OrderByDescending(s => s.Value).Select(s => (s.Key, s.Value)).ToList();
    }

    public static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", CultureInfo.InvariantCulture);

    private static long Field(int pid, string name)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith(name, StringComparison.Ordinal));
        var kilobytes = line?.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1];
        return kilobytes is null ? 0 : long.Parse(kilobytes, CultureInfo.InvariantCulture) * 1024;
    }
}

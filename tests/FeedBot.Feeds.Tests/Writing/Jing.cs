using System.Diagnostics;

namespace FeedBot.Feeds.Tests.Writing;

/// <summary>
/// Validates XML against a RELAX NG compact grammar with jing (Debian package <c>jing</c>, which <c>.ci/run</c>
/// installs). Finds <c>jing</c> on PATH, or at <c>FEEDBOT_JING</c> when set.
/// </summary>
internal static class Jing
{
    private static readonly Lazy<string?> Executable = new(Find);

    public static string? Path => Executable.Value;

    /// <summary>True under CI (<c>CI=true</c>), where a missing jing fails the test instead of skipping it.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>jing's verdict on <paramref name="xml"/>: its exit code and what it printed (errors name line and column).</summary>
    public static async Task<(int ExitCode, string Output)> ValidateAsync(string grammar, string xml)
    {
        var path = Path ?? throw new InvalidOperationException("jing is not installed: apt-get install jing (or set FEEDBOT_JING).");
        var file = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"feedbot-{Guid.NewGuid():N}.xml");
        await File.WriteAllTextAsync(file, xml);
        try
        {
            var start = new ProcessStartInfo(path) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(grammar);
            start.ArgumentList.Add(file);
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, (await output) + (await errors));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string? Find()
    {
        if (Environment.GetEnvironmentVariable("FEEDBOT_JING") is { Length: > 0 } configured)
        {
            return configured;
        }

        return (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => System.IO.Path.Combine(dir, "jing"))
            .FirstOrDefault(File.Exists);
    }
}

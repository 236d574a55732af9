using System.Diagnostics;
using FeedBot.Testing.Tools;

namespace FeedBot.Feeds.Tests.Writing;

/// <summary>
/// Validates XML against a RELAX NG compact grammar with jing (Debian package <c>jing</c>, which <c>.ci/run</c>
/// installs). Finds <c>jing</c> on PATH, or at <c>FEEDBOT_JING</c> when set.
/// </summary>
internal static class Jing
{
    private static readonly ExternalTool Tool = new("FEEDBOT_JING", "apt-get install -y jing", "jing");

    /// <summary>Why the grammar check is skipped (jing missing, and not under <c>CI=true</c>, where it fails instead), else null.</summary>
    public static string? SkipReason => Tool.SkipReason("the RELAX NG check of Atom");

    /// <summary>jing's verdict on <paramref name="xml"/>: its exit code and what it printed (errors name line and column).</summary>
    public static async Task<(int ExitCode, string Output)> ValidateAsync(string grammar, string xml)
    {
        var path = Tool.RequirePath();
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
}

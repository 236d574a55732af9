namespace FeedBot.Testing.Tools;

/// <summary>
/// An outside program some tests need (jing, chromium): found at <paramref name="environmentVariable"/> when that is
/// set, else on PATH under one of <paramref name="names"/>. Locally a missing tool skips those tests with a message;
/// under <c>CI=true</c> it is <see cref="Required"/>, so the tests run and fail, and CI never passes without them.
/// </summary>
public sealed class ExternalTool(string environmentVariable, string install, params string[] names)
{
    private readonly Lazy<string?> _path = new(() => Find(environmentVariable, names));

    /// <summary>True under CI (<c>CI=true</c>), where a missing tool fails its tests instead of skipping them.</summary>
    public static bool Required => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The tool's full path, or null when it is not installed.</summary>
    public string? Path => _path.Value;

    /// <summary>A test's skip reason (<paramref name="what"/> is what it checks) when the tool is missing and not required, else null.</summary>
    public string? SkipReason(string what) => Path is null && !Required
        ? $"{names[0]} is not installed, so {what} is skipped: {install} (or set {environmentVariable}); CI=true makes this a failure."
        : null;

    /// <summary>The path, or an exception saying how to install the tool.</summary>
    public string RequirePath() =>
        Path ?? throw new InvalidOperationException($"{names[0]} is not installed: {install} (or set {environmentVariable}).");

    private static string? Find(string environmentVariable, string[] names)
    {
        if (Environment.GetEnvironmentVariable(environmentVariable) is { Length: > 0 } configured)
        {
            return configured;
        }

        var dirs = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return names.SelectMany(name => dirs.Select(dir => System.IO.Path.Combine(dir, name))).FirstOrDefault(File.Exists);
    }
}

namespace FeedBot.Feeds.Tests;

/// <summary>Reads files under Fixtures/ (copied to the output directory) and checks golden files.</summary>
internal static class Fixture
{
    public static string PathOf(string relative) => Path.Combine(AppContext.BaseDirectory, "Fixtures", relative);

    /// <summary>The repository's appsettings.json, linked into the output folder by the project file.</summary>
    public static string ShippedAppSettings => Path.Combine(AppContext.BaseDirectory, "appsettings.json");

    public static string Read(string relative) => File.ReadAllText(PathOf(relative));

    public static byte[] Bytes(string relative) => File.ReadAllBytes(PathOf(relative));

    /// <summary>Compares with a golden file exactly. With FEEDBOT_UPDATE_GOLDEN=1 it rewrites the file in the
    /// source tree instead (then review the diff and commit it).</summary>
    public static void AssertGolden(string relative, string actual)
    {
        if (Environment.GetEnvironmentVariable("FEEDBOT_UPDATE_GOLDEN") == "1")
        {
            var source = Path.Combine(SourceDirectory(), "Fixtures", relative);
            Directory.CreateDirectory(Path.GetDirectoryName(source)!);
            File.WriteAllText(source, actual);
            return;
        }

        Assert.True(File.Exists(PathOf(relative)), $"Golden file Fixtures/{relative} is missing; run with FEEDBOT_UPDATE_GOLDEN=1 to create it.");
        Assert.Equal(Read(relative), actual);
    }

    private static string SourceDirectory([System.Runtime.CompilerServices.CallerFilePath] string path = "") =>
        Path.GetDirectoryName(path)!;
}

using FeedBot.Testing.Tools;

namespace FeedBot.Worker.Tests.Endpoints;

/// <summary>Debian's <c>chromium</c> (<c>apt-get install -y chromium</c>, which <c>.ci/run</c> installs), driven through
/// Microsoft.Playwright's driver with this executable (Playwright's own browser download is not used). <c>FEEDBOT_CHROMIUM</c> overrides the path.</summary>
public static class Chromium
{
    public static readonly ExternalTool Tool = new("FEEDBOT_CHROMIUM", "apt-get install -y chromium", "chromium", "chromium-browser");
}

/// <summary>A fact that needs chromium: skipped with the reason when it is missing locally; under <c>CI=true</c> it runs
/// (and fails, saying how to install chromium), so CI never passes without the browser check.</summary>
internal sealed class ChromiumFactAttribute : FactAttribute
{
    public ChromiumFactAttribute()
    {
        Skip = Chromium.Tool.SkipReason("the real-browser test of the home page");
    }
}

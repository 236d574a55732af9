using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;

namespace FeedBot.Worker.Hosting;

/// <summary>
/// Finds <c>appsettings.json</c> wherever the worker is started from: the content root (the repo root under
/// <c>dotnet run</c>), else the copy beside the assembly (<c>dotnet FeedBot.Worker.dll</c> from any folder).
/// The file keeps its place in the configuration order, so environment variables still override it.
/// </summary>
internal static class AppSettingsLocator
{
    public static void Apply(IConfigurationManager configuration, IHostEnvironment environment)
    {
        if (File.Exists(Path.Combine(environment.ContentRootPath, "appsettings.json")))
        {
            return;
        }

        var sources = configuration.Sources;
        var index = sources.Select((s, i) => (s, i)).FirstOrDefault(p => p.s is JsonConfigurationSource).i;
        var beside = new JsonConfigurationSource
        {
            Path = "appsettings.json",
            Optional = true,
            ReloadOnChange = false,
            FileProvider = new PhysicalFileProvider(AppContext.BaseDirectory),
        };
        sources.Insert(index, beside);
    }
}

using System.Diagnostics.CodeAnalysis;

namespace FeedBot.Worker.Commands;

/// <summary>The parsed arguments of the <c>scrape</c> command.</summary>
internal sealed record ScrapeArguments(string SourceId, bool Json, Uri? Url)
{
    public static bool TryParse(string[] args, [NotNullWhen(true)] out ScrapeArguments? parsed, [NotNullWhen(false)] out string? error)
    {
        parsed = null;
        error = null;
        string? sourceId = null;
        var json = false;
        Uri? url = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--json":
                    json = true;
                    break;
                case "--url" when i + 1 < args.Length:
                    if (!Uri.TryCreate(args[++i], UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
                    {
                        error = $"--url: '{args[i]}' is not an absolute http(s) URL.";
                        return false;
                    }

                    break;
                case var a when a.StartsWith("--", StringComparison.Ordinal):
                    error = $"Unknown or incomplete option '{a}'.";
                    return false;
                case var a when sourceId is null:
                    sourceId = a;
                    break;
                default:
                    error = $"Unexpected argument '{args[i]}'.";
                    return false;
            }
        }

        if (sourceId is null)
        {
            error = "Missing <sourceId>.";
            return false;
        }

        parsed = new ScrapeArguments(sourceId, json, url);
        return true;
    }
}

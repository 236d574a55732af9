namespace FeedBot.Worker.Commands;

/// <summary><c>scrape &lt;sourceId&gt; [--json] [--url &lt;listing url&gt;]</c>: fetch and parse once, write nothing.</summary>
internal static class ScrapeCommand
{
    public static bool Matches(string[] args) => args.Length > 0 && args[0] == "scrape";

    public static Task<int> RunAsync(string[] args)
    {
        throw new NotImplementedException("scrape command: in progress");
    }
}

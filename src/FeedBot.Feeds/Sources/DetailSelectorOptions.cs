namespace FeedBot.Feeds.Sources;

/// <summary>CSS selectors for an article page.</summary>
public sealed class DetailSelectorOptions
{
    public string? Title { get; set; }
    public string? Date { get; set; }
    public string Body { get; set; } = "";

    /// <summary>Selectors stripped from the body before sanitizing: related news, share bars, polls.</summary>
    public List<string> Remove { get; set; } = [];
}

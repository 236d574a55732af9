namespace FeedBot.Feeds.Sources;

/// <summary>CSS selectors for a listing page; all but <see cref="Item"/> are relative to the item.</summary>
public sealed class SelectorOptions
{
    public string Item { get; set; } = "";
    public string Title { get; set; } = "";
    public string Link { get; set; } = "";
    public string Date { get; set; } = "";
    public string? Summary { get; set; }
    public string? Image { get; set; }
    public DetailSelectorOptions Detail { get; set; } = new();
}

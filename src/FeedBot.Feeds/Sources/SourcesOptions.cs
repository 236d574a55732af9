namespace FeedBot.Feeds.Sources;

/// <summary>The <c>FeedBot</c> section's list of sources.</summary>
public sealed class SourcesOptions
{
    public const string SectionName = "FeedBot";

    public List<SourceOptions> Sources { get; set; } = [];

    public SourceOptions? Find(string id) =>
        Sources.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));
}

using FeedBot.Feeds.Sources;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>The configured, enabled sources as the bot offers them.</summary>
public sealed class SourceCatalog(IOptions<SourcesOptions> options)
{
    public IReadOnlyList<SourceOptions> All => [.. options.Value.Sources.Where(s => s.Enabled)];

    /// <summary>Case-insensitive lookup among enabled sources.</summary>
    public SourceOptions? Find(string? id) => id is null ? null : All.FirstOrDefault(s => string.Equals(s.Id, id, StringComparison.OrdinalIgnoreCase));

    /// <summary>The source's title, or its id for one no longer configured.</summary>
    public string TitleOf(string id) => options.Value.Find(id)?.Title is { Length: > 0 } title ? title : id;

    public string ExampleId => All.FirstOrDefault()?.Id ?? "moh-leadership";
}

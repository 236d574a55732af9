using FeedBot.Feeds.People;
using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>The people of <c>FeedBot:People</c> as the bot offers them to follow, in configuration order.</summary>
public sealed class PeopleCatalog(IOptions<PeopleOptions> options)
{
    public IReadOnlyList<PersonOptions> All => options.Value.People;

    /// <summary>Case-insensitive lookup (ids are lower case).</summary>
    public PersonOptions? Find(string? id) => id is null ? null : options.Value.Find(id.Trim().ToLowerInvariant());

    /// <summary>The person's name, or the id of one no longer configured.</summary>
    public string NameOf(string id) => options.Value.Find(id)?.Name is { Length: > 0 } name ? name : id;

    /// <summary>Every id, for the answer to an unknown one.</summary>
    public string Ids => string.Join(", ", All.Select(p => p.Id));

    public string ExampleId => All.FirstOrDefault()?.Id ?? "dao-hong-lan";
}

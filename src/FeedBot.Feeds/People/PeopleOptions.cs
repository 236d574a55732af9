namespace FeedBot.Feeds.People;

/// <summary>The <c>FeedBot</c> section's list of people (<c>FeedBot:People</c>), shared by every source.</summary>
public sealed class PeopleOptions
{
    public const string SectionName = "FeedBot";

    public List<PersonOptions> People { get; set; } = [];

    public PersonOptions? Find(string id) => People.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.Ordinal));
}

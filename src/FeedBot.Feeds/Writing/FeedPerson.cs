namespace FeedBot.Feeds.Writing;

/// <summary>A person an entry is tagged with: RSS <c>category</c> (the name), Atom <c>category term="id" label="name"</c>,
/// JSON Feed <c>tags</c> (the name).</summary>
public sealed record FeedPerson(string Id, string Name);

using FeedBot.Feeds.Model;
using FeedBot.Feeds.Sources;

namespace FeedBot.Worker.Serving;

/// <summary>One source on the home page with the newest items read for it (its latest, and the window a search looks in).</summary>
public sealed record HomeSection(SourceOptions Source, IReadOnlyList<FeedItem> Items);

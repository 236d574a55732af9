using FeedBot.Feeds.Model;
using FeedBot.Feeds.Sources;

namespace FeedBot.Worker.Serving;

/// <summary>One source on the home page with its latest items.</summary>
public sealed record HomeSection(SourceOptions Source, IReadOnlyList<FeedItem> Items);

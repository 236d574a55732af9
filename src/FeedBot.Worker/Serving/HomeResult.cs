using FeedBot.Feeds.Model;
using FeedBot.Feeds.Sources;

namespace FeedBot.Worker.Serving;

/// <summary>An item shown on the home page, with the source it belongs to.</summary>
public sealed record HomeResult(SourceOptions Source, FeedItem Item);

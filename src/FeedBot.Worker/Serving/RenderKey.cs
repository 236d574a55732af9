namespace FeedBot.Worker.Serving;

/// <summary>What a cached response depends on; <paramref name="Version"/> is the items' change version, so a change misses.</summary>
public sealed record RenderKey(string Kind, string SourceId, int Limit, string Query, string BaseUrl, long Version);

namespace FeedBot.Worker.Serving;

/// <summary>What a cached response depends on; <paramref name="Version"/> is the items' change version, so a change misses.</summary>
/// <param name="Variant">Anything else the body depends on (the home page: the bot's username, once known).</param>
/// <param name="People">A feed's <c>person</c> ids (<see cref="FeedQuery.PeopleKey"/>).</param>
public sealed record RenderKey(string Kind, string SourceId, int Limit, string Query, string BaseUrl, long Version, string Variant = "", string People = "");

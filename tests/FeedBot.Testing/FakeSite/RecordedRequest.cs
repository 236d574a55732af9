namespace FeedBot.Testing.FakeSite;

/// <summary>One request the fake site received, with the headers that matter to a fetcher, and when (wall clock).</summary>
public sealed record RecordedRequest(
    string Method,
    string Path,
    string Query,
    string? IfNoneMatch,
    string? IfModifiedSince,
    string? AcceptEncoding,
    string? UserAgent,
    DateTimeOffset ReceivedUtc = default)
{
    public string PathAndQuery => Path + Query;
}

using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage.Relational;

/// <summary>The <c>polls</c> table's row shape.</summary>
internal sealed class PollRow
{
    public string Source_Id { get; set; } = "";
    public long Started_Utc { get; set; }
    public long Finished_Utc { get; set; }
    public long? Http_Status { get; set; }
    public long Items_Seen { get; set; }
    public long Items_New { get; set; }
    public long Items_Updated { get; set; }
    public string? Error { get; set; }
    public long? Not_Before_Utc { get; set; }

    public PollRecord ToRecord() => new()
    {
        SourceId = Source_Id,
        StartedUtc = DateTimeOffset.FromUnixTimeMilliseconds(Started_Utc),
        FinishedUtc = DateTimeOffset.FromUnixTimeMilliseconds(Finished_Utc),
        HttpStatus = (int?)Http_Status,
        ItemsSeen = (int)Items_Seen,
        ItemsNew = (int)Items_New,
        ItemsUpdated = (int)Items_Updated,
        Error = Error,
        NotBeforeUtc = Not_Before_Utc is { } ms ? DateTimeOffset.FromUnixTimeMilliseconds(ms) : null,
    };
}

namespace FeedBot.Feeds.Model;

/// <summary>Health of one source as the store knows it.</summary>
public sealed record SourceStatus(
    string SourceId,
    PollRecord? LastPoll,
    DateTimeOffset? LastSuccessUtc,
    int ConsecutiveFailures,
    int ItemCount);

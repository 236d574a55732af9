using FeedBot.Feeds.Model;

namespace FeedBot.Worker.Health;

/// <summary>The last poll of a source as <c>/healthz</c> shows it.</summary>
public sealed record PollSummary(DateTimeOffset StartedUtc, DateTimeOffset FinishedUtc, string Outcome, int? HttpStatus, string? Error)
{
    public static PollSummary From(PollRecord poll) =>
        new(poll.StartedUtc, poll.FinishedUtc, poll.Succeeded ? "success" : "failure", poll.HttpStatus, poll.Error);
}

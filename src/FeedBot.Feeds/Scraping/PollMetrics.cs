using System.Diagnostics.Metrics;
using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Scraping;

/// <summary>
/// The library's meter (<see cref="MeterName"/>): polls by source and outcome, their duration, and the items they
/// stored. Plain <c>System.Diagnostics.Metrics</c> from the host's <see cref="IMeterFactory"/> (<c>AddMetrics</c>, which a
/// .NET host registers itself); the host decides whether and how it is exported.
/// </summary>
public sealed class PollMetrics
{
    public const string MeterName = "FeedBot.Feeds";

    /// <summary>Poll outcomes: the listing was read (<see cref="Success"/>), unchanged (304), failed, or held back by the site's Retry-After.</summary>
    public const string Success = "success", NotModified = "not_modified", Failed = "failed", Deferred = "deferred";

    private static readonly double[] DurationBuckets = [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120];

    private readonly Counter<long> _polls;
    private readonly Histogram<double> _duration;
    private readonly Counter<long> _items;

    public PollMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _polls = meter.CreateCounter<long>("feedbot.polls", "{poll}", "Polls by source and outcome (success, not_modified, failed, deferred).");
        _duration = meter.CreateHistogram("feedbot.poll.duration", "s", "How long a poll took, listing and article pages included.",
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = DurationBuckets });
        _items = meter.CreateCounter<long>("feedbot.items.stored", "{item}", "Items stored by polls, by source and change (new, updated).");
    }

    /// <summary>A poll that ran: its outcome and duration, and the items it stored.</summary>
    public void Record(PollRecord poll)
    {
        var source = new KeyValuePair<string, object?>("source", poll.SourceId);
        var outcome = new KeyValuePair<string, object?>("outcome", OutcomeOf(poll));
        _polls.Add(1, source, outcome);
        _duration.Record(Math.Max(0, (poll.FinishedUtc - poll.StartedUtc).TotalSeconds), source, outcome);
        AddItems(source, "new", poll.ItemsNew);
        AddItems(source, "updated", poll.ItemsUpdated);
    }

    /// <summary>A poll the site's Retry-After held back: no request was made.</summary>
    public void RecordDeferred(string sourceId) =>
        _polls.Add(1, new KeyValuePair<string, object?>("source", sourceId), new KeyValuePair<string, object?>("outcome", Deferred));

    private void AddItems(KeyValuePair<string, object?> source, string change, int count)
    {
        if (count > 0)
        {
            _items.Add(count, source, new KeyValuePair<string, object?>("change", change));
        }
    }

    private static string OutcomeOf(PollRecord poll) =>
        poll.Error is not null ? Failed : poll.HttpStatus == 304 ? NotModified : Success;
}

using FeedBot.Feeds.Sources;
using Microsoft.Extensions.Options;
using Quartz;

namespace FeedBot.Worker.Jobs;

/// <summary>Rejects a source whose <c>Schedule</c> is not a Quartz cron expression, naming the key.</summary>
internal sealed class SourceScheduleValidator : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var errors = options.Sources
            .Select((s, i) => (Source: s, Index: i))
            .Where(p => !CronExpression.TryParse(p.Source.Schedule ?? "", out _))
            .Select(p => $"FeedBot:Sources:{p.Index}:Schedule: '{p.Source.Schedule}' is not a Quartz cron expression (e.g. '0 0/5 * * * ?' for every 5 minutes).")
            .ToList();
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

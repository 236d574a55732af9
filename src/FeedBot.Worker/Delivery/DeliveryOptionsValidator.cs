using Microsoft.Extensions.Options;

namespace FeedBot.Worker.Delivery;

/// <summary>Rejects delivery settings outside what Telegram or the loop can work with, naming the key.</summary>
internal sealed class DeliveryOptionsValidator : IValidateOptions<DeliveryOptions>
{
    private const string Section = DeliveryOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, DeliveryOptions options)
    {
        var errors = new List<string>();
        Range(errors, "GlobalPerSecond", options.GlobalPerSecond, 1, 30, "Telegram allows about 30 messages a second");
        Range(errors, "PrivatePerSecond", options.PrivatePerSecond, 1, 1, "Telegram allows 1 message a second per private chat");
        Range(errors, "GroupPerMinute", options.GroupPerMinute, 1, 20, "Telegram allows 20 messages a minute per group");
        Range(errors, "Concurrency", options.Concurrency, 1, 64, "sends in flight at once");
        Range(errors, "BatchSize", options.BatchSize, 1, 10_000, "due rows read per pass");
        Range(errors, "IdlePollMilliseconds", options.IdlePollMilliseconds, 10, 60_000, "milliseconds between looks for due rows");
        Range(errors, "ResumeNewestPerSource", options.ResumeNewestPerSource, 0, 1_000, "held items sent per source on /resume");
        Range(errors, "ArticleWaitSeconds", options.ArticleWaitSeconds, 0, 3_600, "seconds a full-format item waits for its article");
        Range(errors, "AlertAfterFailures", options.AlertAfterFailures, 1, 1_000, "failed polls in a row before an alert");
        if (!(options.BackoffBaseSeconds > 0) || !(options.BackoffMaxSeconds >= options.BackoffBaseSeconds))
        {
            errors.Add($"{Section}:BackoffBaseSeconds must be above 0 and {Section}:BackoffMaxSeconds at least as large " +
                $"(got {options.BackoffBaseSeconds} and {options.BackoffMaxSeconds}).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static void Range(List<string> errors, string key, int value, int min, int max, string meaning)
    {
        if (value < min || value > max)
        {
            errors.Add($"{Section}:{key} must be between {min} and {max} ({meaning}); got {value}.");
        }
    }
}

using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Scraping;

/// <summary>Rejects bad <c>FeedBot:Fetch</c> values at start-up with a message naming the key.</summary>
public sealed class FetchOptionsValidator : IValidateOptions<FetchOptions>
{
    public ValidateOptionsResult Validate(string? name, FetchOptions options)
    {
        var errors = new List<string>();
        const string key = FetchOptions.SectionName;
        if (options.TimeoutSeconds is < 1 or > 600)
        {
            errors.Add($"{key}:TimeoutSeconds: {options.TimeoutSeconds} is outside 1-600.");
        }

        if (options.MaxResponseBytes is < 1024 or > 100L * 1024 * 1024)
        {
            errors.Add($"{key}:MaxResponseBytes: {options.MaxResponseBytes} is outside 1024-104857600 (1 KB to 100 MB).");
        }

        if (string.IsNullOrWhiteSpace(options.UserAgent))
        {
            errors.Add($"{key}:UserAgent: a User-Agent naming FeedBot and its URL is required.");
        }
        else if (options.UserAgent.Any(c => char.IsControl(c) || c > '\u007e'))
        {
            errors.Add($"{key}:UserAgent: '{options.UserAgent}' must be printable ASCII on one line.");
        }

        if (options.MaxRetryAfterMinutes is < 1 or > 1440)
        {
            errors.Add($"{key}:MaxRetryAfterMinutes: {options.MaxRetryAfterMinutes} is outside 1-1440 (the longest a site's Retry-After may hold a source back, 1 minute to 1 day).");
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

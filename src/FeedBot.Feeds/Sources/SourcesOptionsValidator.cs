using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Sources;

/// <summary>Rejects bad source configuration at start-up with a message naming the key.</summary>
public sealed class SourcesOptionsValidator : IValidateOptions<SourcesOptions>
{
    public ValidateOptionsResult Validate(string? name, SourcesOptions options)
    {
        var errors = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < options.Sources.Count; i++)
        {
            var source = options.Sources[i];
            var key = $"FeedBot:Sources:{i}";
            if (!seen.Add(source.Id))
            {
                errors.Add($"{key}:Id: '{source.Id}' is used by more than one source.");
            }

            errors.AddRange(SourceOptionsRules.Check(key, source));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}

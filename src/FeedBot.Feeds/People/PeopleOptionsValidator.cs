using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.People;

/// <summary>Rejects a bad <c>FeedBot:People</c> list at start-up with messages naming the key.</summary>
public sealed partial class PeopleOptionsValidator : IValidateOptions<PeopleOptions>
{
    public ValidateOptionsResult Validate(string? name, PeopleOptions options)
    {
        var errors = new List<string>();
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        var names = new Dictionary<string, (string Key, string Id)>(StringComparer.Ordinal);
        for (var i = 0; i < options.People.Count; i++)
        {
            var person = options.People[i];
            var key = $"FeedBot:People:{i}";
            if (!IdPattern().IsMatch(person.Id ?? ""))
            {
                errors.Add($"{key}:Id: '{person.Id}' must be 1-48 characters of a-z, 0-9 or '-' (e.g. dao-hong-lan); Telegram's buttons carry it in 64 bytes.");
            }
            else if (!ids.TryAdd(person.Id!, key))
            {
                errors.Add($"{key}:Id: '{person.Id}' is already the id of {ids[person.Id!]}.");
            }

            errors.AddRange(CheckNames(key, person, names));
        }

        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    private static IEnumerable<string> CheckNames(string key, PersonOptions person, Dictionary<string, (string Key, string Id)> taken)
    {
        var forms = new List<(string Key, string? Value, string Empty)>
        {
            ($"{key}:Name", person.Name, "a person needs a name"),
        };
        forms.AddRange((person.Aliases ?? []).Select((a, j) => ($"{key}:Aliases:{j}", (string?)a, "an alias must not be empty (remove it)")));
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (formKey, value, empty) in forms)
        {
            var normalized = PersonName.Normalize(value);
            if (!PersonName.HasLetter(normalized))
            {
                yield return $"{formKey}: {empty}.";
                continue;
            }

            if (taken.TryGetValue(normalized, out var other) && !own.Contains(normalized))
            {
                yield return $"{formKey}: '{value}' already tags another person, {other.Key} ('{other.Id}'); a name or alias must name one person.";
                continue;
            }

            own.Add(normalized);
            taken.TryAdd(normalized, (formKey, person.Id ?? ""));
        }
    }

    [GeneratedRegex("^[a-z0-9-]{1,48}$")]
    private static partial Regex IdPattern();
}

using FeedBot.Feeds.People;
using Microsoft.Extensions.Options;

namespace FeedBot.Feeds.Tests.People;

/// <summary>Builds people and matchers for the tests.</summary>
internal static class PersonData
{
    public static PersonOptions Person(string id, string name, params string[] aliases) =>
        new() { Id = id, Name = name, Role = "Thứ trưởng", Aliases = [.. aliases] };

    public static PersonMatcher Matcher(params PersonOptions[] people) =>
        new(Options.Create(new PeopleOptions { People = [.. people] }));
}

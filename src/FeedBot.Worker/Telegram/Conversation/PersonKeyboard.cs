using Telegram.Bot.Types.ReplyMarkups;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>The /follow buttons: one per person, following ("fol:&lt;id&gt;") or, for one followed, unfollowing ("unfol:&lt;id&gt;").</summary>
public sealed class PersonKeyboard(PeopleCatalog people, BotTexts texts)
{
    public const string FollowPrefix = "fol:";
    public const string UnfollowPrefix = "unfol:";

    public static bool IsFollowButton(string? data) =>
        data is not null && (data.StartsWith(FollowPrefix, StringComparison.Ordinal) || data.StartsWith(UnfollowPrefix, StringComparison.Ordinal));

    /// <summary>What a button asks: follow (true) or unfollow (false), and the person id.</summary>
    public static (bool Follow, string PersonId) Parse(string data) => data.StartsWith(FollowPrefix, StringComparison.Ordinal)
        ? (true, data[FollowPrefix.Length..])
        : (false, data[UnfollowPrefix.Length..]);

    public InlineKeyboardMarkup Build(IReadOnlyCollection<string> followed, string language)
    {
        var rows = people.All.Select(person => new[]
        {
            followed.Contains(person.Id, StringComparer.Ordinal)
                ? InlineKeyboardButton.WithCallbackData(texts.Plain(language, TextKey.ButtonUnfollow, Label(person.Name, person.Role)), UnfollowPrefix + person.Id)
                : InlineKeyboardButton.WithCallbackData(texts.Plain(language, TextKey.ButtonFollow, Label(person.Name, person.Role)), FollowPrefix + person.Id),
        });
        return new InlineKeyboardMarkup(rows);
    }

    private static string Label(string name, string? role) => string.IsNullOrWhiteSpace(role) ? name : $"{name} ({role})";
}

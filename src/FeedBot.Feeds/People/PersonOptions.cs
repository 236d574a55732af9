namespace FeedBot.Feeds.People;

/// <summary>One person items are tagged with: an entry of <c>FeedBot:People</c>.</summary>
public sealed class PersonOptions
{
    /// <summary>Stable identity, <c>a-z0-9-</c> (used in feed URLs and bot commands), e.g. <c>dao-hong-lan</c>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The full name with its diacritics, as the site writes it: <c>Đào Hồng Lan</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>The office shown next to the name: <c>Bộ trưởng</c>, <c>Thứ trưởng</c>.</summary>
    public string Role { get; set; } = "";

    /// <summary>Other forms of the name that also tag an item.</summary>
    public List<string> Aliases { get; set; } = [];
}

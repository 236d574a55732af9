using FeedBot.Feeds.People;

namespace FeedBot.Worker.Serving;

/// <summary>What the home page shows: every source with its newest items, the people, the search and the bot.</summary>
/// <param name="BotUsername">The Telegram bot's username when the bot is on and getMe has answered, else null (no t.me links).</param>
public sealed record HomePage(
    IReadOnlyList<HomeSection> Sections, IReadOnlyList<PersonOptions> People, HomeSearch Search, string? BotUsername, Uri BaseUrl);

using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>The commands shown in Telegram's menu (setMyCommands), described in each language.</summary>
public sealed class CommandMenu(BotTexts texts)
{
    private static readonly (string Command, TextKey Description)[] Entries =
    [
        ("start", TextKey.MenuStart), ("sources", TextKey.MenuSources), ("subscribe", TextKey.MenuSubscribe),
        ("unsubscribe", TextKey.MenuUnsubscribe), ("follow", TextKey.MenuFollow), ("unfollow", TextKey.MenuUnfollow),
        ("list", TextKey.MenuList), ("latest", TextKey.MenuLatest),
        ("filter", TextKey.MenuFilter), ("pause", TextKey.MenuPause), ("resume", TextKey.MenuResume),
        ("stop", TextKey.MenuStop), ("help", TextKey.MenuHelp),
    ];

    public IReadOnlyList<BotCommand> For(string language) =>
        [.. Entries.Select(e => new BotCommand(e.Command, texts.Plain(language, e.Description)))];
}

using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FeedBot.Worker.Telegram.Api;

/// <summary>What the bot asks of Telegram.Bot's types, in the Bot API's own words (stored as such in telegram_chats).</summary>
public static class TelegramTypeExtensions
{
    public static bool IsGroup(this Chat chat) => chat.Type is ChatType.Group or ChatType.Supergroup;

    /// <summary>
    /// Where the message was sent: its forum topic when it is a topic message (<c>is_topic_message</c>), else the chat
    /// (a reply thread of an ordinary group is not a topic).
    /// </summary>
    public static ChatTarget Target(this Message message) =>
        new(message.Chat.Id, message.IsTopicMessage && message.MessageThreadId is { } thread ? thread : 0);

    /// <summary>The chat as the bot records it on each update (<c>telegram_chats</c>); <paramref name="knownTitle"/> when
    /// the update carries none.</summary>
    public static ChatSeen Seen(this Chat chat, string language, string? knownTitle = null) =>
        new(chat.Id, chat.Type.ApiName(), chat.Title ?? knownTitle, chat.Username, language);

    /// <summary>The Bot API's name of the chat type: private, group, supergroup or channel.</summary>
    public static string ApiName(this ChatType type) => type switch
    {
        ChatType.Private => "private",
        ChatType.Group => "group",
        ChatType.Supergroup => "supergroup",
        ChatType.Channel => "channel",
        _ => type.ToString().ToLowerInvariant(),
    };

    /// <summary>The Bot API's name of a member status: creator, administrator, member, restricted, left or kicked.</summary>
    public static string ApiName(this ChatMemberStatus status) => status.ToString().ToLowerInvariant();

    /// <summary>The bot cannot write to the chat any more (blocked by the user, kicked or removed).</summary>
    public static bool IsGone(this ChatMember member) => member.Status is ChatMemberStatus.Kicked or ChatMemberStatus.Left;
}

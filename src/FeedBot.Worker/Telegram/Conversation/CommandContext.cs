using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>A command to handle: the message, its chat, the sender's language and the parsed command line.</summary>
public sealed record CommandContext(Message Message, CommandLine Command, string Language)
{
    public long ChatId => Message.Chat.Id;

    /// <summary>The chat, or the forum topic the command was sent in: what the command applies to and where the answer goes.</summary>
    public ChatTarget Target => Message.Target();

    /// <summary>The sender (a user), or the chat itself when an anonymous group admin posts as the group.</summary>
    public long SenderId => Message.From?.Id ?? Message.SenderChat?.Id ?? Message.Chat.Id;
}

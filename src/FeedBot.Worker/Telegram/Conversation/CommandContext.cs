using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>A command to handle: the message, its chat, the sender's language and the parsed command line.</summary>
public sealed record CommandContext(Message Message, CommandLine Command, string Language)
{
    public long ChatId => Message.Chat.Id;

    /// <summary>The sender (a user), or the chat itself when an anonymous group admin posts as the group.</summary>
    public long SenderId => Message.From?.Id ?? Message.SenderChat?.Id ?? Message.Chat.Id;
}

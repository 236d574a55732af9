namespace FeedBot.Worker.Delivery;

/// <summary>How Telegram limits a chat: private chats by the second, groups and channels by the minute.</summary>
public enum ChatKind
{
    Private,
    Group,
}

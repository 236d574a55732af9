using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/stop: deletes the chat with its subscriptions; delivery deletes its rows in the same unit of work (IChatDependents).</summary>
internal sealed class StopCommand(ITelegramChatStore store, ChatReplies replies) : IBotCommand
{
    public string Name => "stop";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await store.DeleteChatAsync(context.ChatId, cancellationToken);
        await replies.SendAsync(context, TextKey.Stopped, cancellationToken);
    }
}

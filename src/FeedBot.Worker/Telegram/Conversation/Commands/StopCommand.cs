using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>
/// /stop: deletes the chat with its subscriptions and follows; delivery deletes its rows in the same unit of work
/// (IChatDependents). Sent in a forum topic, it clears that topic only (its subscriptions, follows and queued rows).
/// </summary>
internal sealed class StopCommand(ITelegramChatStore store, ChatReplies replies) : IBotCommand
{
    public string Name => "stop";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (context.Target.IsTopic)
        {
            await store.StopTopicAsync(context.Target, cancellationToken);
            await replies.SendAsync(context, TextKey.StoppedTopic, cancellationToken);
            return;
        }

        await store.DeleteChatAsync(context.ChatId, cancellationToken);
        await replies.SendAsync(context, TextKey.Stopped, cancellationToken);
    }
}

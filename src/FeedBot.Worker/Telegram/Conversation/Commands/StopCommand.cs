using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/stop: deletes the chat's row (subscriptions and deliveries cascade), then tells delivery.</summary>
internal sealed class StopCommand(TelegramChatStore store, IChatEvents events, ChatReplies replies) : IBotCommand
{
    public string Name => "stop";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        await store.DeleteChatAsync(context.ChatId, cancellationToken);
        await events.OnStoppedAsync(context.ChatId, cancellationToken);
        await replies.SendAsync(context, TextKey.Stopped, cancellationToken);
    }
}

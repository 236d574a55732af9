using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/resume: unpauses this chat (or forum topic) and tells delivery (<see cref="IChatEvents.OnResumedAsync"/>).</summary>
internal sealed class ResumeCommand(ITelegramChatStore store, IChatEvents events, ChatReplies replies) : IBotCommand
{
    public string Name => "resume";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!await store.IsPausedAsync(context.Target, cancellationToken))
        {
            await replies.SendAsync(context, TextKey.NotPaused, cancellationToken);
            return;
        }

        await store.SetPausedAsync(context.Target, false, cancellationToken);
        await replies.SendAsync(context, TextKey.Resumed, cancellationToken);
        await events.OnResumedAsync(context.Target, cancellationToken);
    }
}

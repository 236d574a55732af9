using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/resume: unpauses this chat and tells delivery (<see cref="IChatEvents.OnResumedAsync"/>).</summary>
internal sealed class ResumeCommand(ITelegramChatStore store, IChatEvents events, ChatReplies replies) : IBotCommand
{
    public string Name => "resume";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var chat = await store.GetChatAsync(context.ChatId, cancellationToken);
        if (chat?.IsPaused != true)
        {
            await replies.SendAsync(context, TextKey.NotPaused, cancellationToken);
            return;
        }

        await store.SetPausedAsync(context.ChatId, false, cancellationToken);
        await replies.SendAsync(context, TextKey.Resumed, cancellationToken);
        await events.OnResumedAsync(context.ChatId, cancellationToken);
    }
}

using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/pause: this chat only (in a forum topic, that topic only); delivery holds its items until /resume.</summary>
internal sealed class PauseCommand(ITelegramChatStore store, ChatReplies replies) : IBotCommand
{
    public string Name => "pause";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await store.IsPausedAsync(context.Target, cancellationToken))
        {
            await replies.SendAsync(context, TextKey.AlreadyPaused, cancellationToken);
            return;
        }

        await store.SetPausedAsync(context.Target, true, cancellationToken);
        await replies.SendAsync(context, TextKey.Paused, cancellationToken);
    }
}

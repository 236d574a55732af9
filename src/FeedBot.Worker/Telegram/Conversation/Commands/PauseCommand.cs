using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/pause: this chat only; delivery holds its items until /resume.</summary>
internal sealed class PauseCommand(ITelegramChatStore store, ChatReplies replies) : IBotCommand
{
    public string Name => "pause";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var chat = await store.GetChatAsync(context.ChatId, cancellationToken);
        if (chat?.IsPaused == true)
        {
            await replies.SendAsync(context, TextKey.AlreadyPaused, cancellationToken);
            return;
        }

        await store.SetPausedAsync(context.ChatId, true, cancellationToken);
        await replies.SendAsync(context, TextKey.Paused, cancellationToken);
    }
}

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/help.</summary>
internal sealed class HelpCommand(ChatReplies replies) : IBotCommand
{
    public string Name => "help";

    public Task HandleAsync(CommandContext context, CancellationToken cancellationToken) =>
        replies.SendAsync(context, TextKey.Help, cancellationToken);
}

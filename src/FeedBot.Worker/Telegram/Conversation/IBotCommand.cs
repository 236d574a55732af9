namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>One slash command; <see cref="Name"/> without the slash, lower case.</summary>
public interface IBotCommand
{
    string Name { get; }

    Task HandleAsync(CommandContext context, CancellationToken cancellationToken);
}

using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>
/// A message: records the chat, then routes a command to its <see cref="IBotCommand"/>. In groups only commands for
/// this bot (<c>/cmd</c> or <c>/cmd@thisbot</c>) from administrators are handled; other people are politely refused.
/// Unknown commands get a pointer to /help; plain text in a private chat too; group chatter is ignored.
/// </summary>
public sealed class MessageHandler(
    IEnumerable<IBotCommand> commands, ITelegramChatStore store, BotProfile profile, GroupPermissions permissions,
    BotTexts texts, ChatReplies replies, ILogger<MessageHandler> logger)
{
    private readonly Dictionary<string, IBotCommand> _commands = commands.ToDictionary(c => c.Name);

    public async Task HandleAsync(Message message, CancellationToken cancellationToken)
    {
        var chat = message.Chat;
        if (message.MigrateToChatId is long newId)
        {
            await store.MigrateChatAsync(chat.Id, newId, cancellationToken);
            logger.LogInformation("Chat {ChatId} migrated to supergroup {NewChatId}", chat.Id, newId);
            return;
        }

        var language = BotTexts.LanguageOf(message.From);
        var command = CommandLine.Parse(message.Text);
        if (chat.IsGroup() && (command is null || !await IsForThisBotAsync(command, cancellationToken)))
        {
            return;
        }

        await store.UpsertChatAsync(chat.Seen(language), cancellationToken);
        await store.SeeTopicAsync(message.Target(), cancellationToken);
        if (command is null)
        {
            await replies.SendAsync(message.Target(), texts.Html(language, TextKey.NotACommand), null, cancellationToken);
            return;
        }

        if (chat.IsGroup() && !await permissions.IsAdministratorAsync(message, cancellationToken))
        {
            logger.LogInformation("Refused /{Command} from non-administrator {UserId} in group {ChatId}", command.Name, message.From?.Id, chat.Id);
            await replies.SendAsync(message.Target(), texts.Html(language, TextKey.GroupAdminsOnly), null, cancellationToken);
            return;
        }

        await DispatchAsync(new CommandContext(message, command, language), cancellationToken);
    }

    private async Task DispatchAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (!_commands.TryGetValue(context.Command.Name, out var handler))
        {
            await replies.SendAsync(context, TextKey.UnknownCommand, cancellationToken, "/" + context.Command.Name);
            return;
        }

        logger.LogInformation("Handling /{Command} in chat {ChatId}", context.Command.Name, context.ChatId);
        await handler.HandleAsync(context, cancellationToken);
    }

    private async Task<bool> IsForThisBotAsync(CommandLine command, CancellationToken cancellationToken) =>
        command.Addressee is null
        || string.Equals(command.Addressee, (await profile.GetAsync(cancellationToken)).Username, StringComparison.OrdinalIgnoreCase);
}

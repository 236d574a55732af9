using Telegram.Bot;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>In groups only administrators command the bot: an anonymous admin (posting as the group) or a member
/// whose getChatMember status is creator or administrator.</summary>
public sealed class GroupPermissions(ITelegramBotClient client)
{
    public async Task<bool> IsAdministratorAsync(Message message, CancellationToken cancellationToken)
    {
        if (message.SenderChat?.Id == message.Chat.Id)
        {
            return true;
        }

        return message.From is not null && await IsAdministratorAsync(message.Chat.Id, message.From.Id, cancellationToken);
    }

    /// <summary>Whether the user (who pressed a button, say) is the group's creator or an administrator.</summary>
    public async Task<bool> IsAdministratorAsync(long chatId, long userId, CancellationToken cancellationToken) =>
        (await client.GetChatMember(chatId, userId, cancellationToken)).IsAdmin;
}

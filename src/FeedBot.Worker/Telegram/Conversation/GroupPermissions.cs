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

        if (message.From is null)
        {
            return false;
        }

        var member = await client.GetChatMember(message.Chat.Id, message.From.Id, cancellationToken);
        return member.IsAdmin;
    }
}

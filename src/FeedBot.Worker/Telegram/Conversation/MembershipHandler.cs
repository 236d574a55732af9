using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>my_chat_member: blocked, kicked or removed marks the chat inactive; unblocked or re-added marks it active
/// again with its subscriptions kept.</summary>
public sealed class MembershipHandler(ITelegramChatStore store, ILogger<MembershipHandler> logger)
{
    public async Task HandleAsync(ChatMemberUpdated update, CancellationToken cancellationToken)
    {
        var chat = update.Chat;
        var status = update.NewChatMember.Status.ApiName();
        if (update.NewChatMember.IsGone())
        {
            var known = await store.SetActiveAsync(chat.Id, false, status, cancellationToken);
            logger.LogInformation("Chat {ChatId} is now inactive: the bot's status is {Status} (known chat: {Known})", chat.Id, status, known);
            return;
        }

        var existing = await store.GetChatAsync(chat.Id, cancellationToken);
        var language = existing?.Language ?? BotTexts.LanguageOf(update.From);
        await store.UpsertChatAsync(chat.Seen(language, existing?.Title), cancellationToken);
        logger.LogInformation("Chat {ChatId} is active: the bot's status is {Status}", chat.Id, status);
    }
}

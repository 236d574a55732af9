using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/subscribe &lt;sourceId&gt; or, with <paramref name="subscribe"/> false, /unsubscribe &lt;sourceId&gt;: for this chat, or the forum topic it is sent in.</summary>
internal sealed class SubscriptionCommand(bool subscribe, ITelegramChatStore store, SourceArgument argument, ChatReplies replies) : IBotCommand
{
    public string Name => subscribe ? "subscribe" : "unsubscribe";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await argument.ReadAsync(context, subscribe ? TextKey.UsageSubscribe : TextKey.UsageUnsubscribe, cancellationToken) is not { } source)
        {
            return;
        }

        var reply = subscribe
            ? await store.SubscribeAsync(context.Target, source.Id, cancellationToken) ? TextKey.Subscribed : TextKey.AlreadySubscribed
            : await store.UnsubscribeAsync(context.Target, source.Id, cancellationToken) ? TextKey.Unsubscribed : TextKey.NotSubscribed;
        await replies.SendAsync(context, reply, cancellationToken, source.Title);
    }
}

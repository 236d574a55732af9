using FeedBot.Worker.Telegram.Conversation.Buttons;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/subscribe &lt;sourceId&gt; (the reply offers the source's 5 newest items, <see cref="NewestButton"/>) or,
/// with <paramref name="subscribe"/> false, /unsubscribe &lt;sourceId&gt;: for this chat, or the forum topic it is sent in.</summary>
internal sealed class SubscriptionCommand(
    bool subscribe, SubscriptionToggle toggle, SourceArgument argument, NewestButton newest, BotTexts texts, ChatReplies replies) : IBotCommand
{
    public string Name => subscribe ? "subscribe" : "unsubscribe";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (await argument.ReadAsync(context, subscribe ? TextKey.UsageSubscribe : TextKey.UsageUnsubscribe, cancellationToken) is not { } source)
        {
            return;
        }

        var reply = await toggle.SetAsync(context.Target, source.Id, subscribe, cancellationToken);
        var html = texts.Html(context.Language, reply, source.Title);
        var keyboard = subscribe ? NewestButton.Keyboard(newest.ForSource(source.Id, context.Language)) : null;
        await replies.SendAsync(context.Target, html, keyboard, cancellationToken);
    }
}

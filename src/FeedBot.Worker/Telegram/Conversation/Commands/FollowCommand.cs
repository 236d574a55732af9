using FeedBot.Worker.Telegram.Conversation.Buttons;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>
/// /follow (a toggle button per person), /follow &lt;personId&gt; or, with <paramref name="follow"/> false,
/// /unfollow &lt;personId&gt;: for this chat, or the forum topic it is sent in. An unknown id is answered with the known ones.
/// The reply to /follow &lt;personId&gt; offers the person's 5 newest items (<see cref="NewestButton"/>).
/// </summary>
internal sealed class FollowCommand(
    bool follow, ITelegramFollowStore store, FollowToggle toggle, PeopleCatalog people, PersonKeyboard keyboard, NewestButton newest, BotTexts texts, ChatReplies replies)
    : IBotCommand
{
    public string Name => follow ? "follow" : "unfollow";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var id = context.Command.Args.FirstOrDefault();
        if (id is null)
        {
            await (follow ? ShowButtonsAsync(context, cancellationToken) : UsageAsync(context, TextKey.MissingPerson, cancellationToken));
            return;
        }

        if (people.Find(id) is not { } person)
        {
            await UsageAsync(context, TextKey.UnknownPerson, cancellationToken, id, people.Ids);
            return;
        }

        var reply = await toggle.SetAsync(context.Target, person.Id, follow, cancellationToken);
        var buttons = follow ? NewestButton.Keyboard(newest.ForPerson(person.Id, context.Language)) : null;
        await replies.SendAsync(context.Target, texts.Html(context.Language, reply, person.Name), buttons, cancellationToken);
    }

    private async Task ShowButtonsAsync(CommandContext context, CancellationToken cancellationToken)
    {
        if (people.All.Count == 0)
        {
            await replies.SendAsync(context, TextKey.NoPeople, cancellationToken);
            return;
        }

        var followed = await store.GetFollowsAsync(context.Target, cancellationToken);
        await replies.SendAsync(context.Target, texts.Html(context.Language, TextKey.FollowIntro), keyboard.Build(followed, context.Language), cancellationToken);
    }

    private Task UsageAsync(CommandContext context, TextKey problem, CancellationToken cancellationToken, params object[] args) =>
        replies.SendAsync(
            context.Target,
            $"{texts.Html(context.Language, problem, args)}\n{texts.Html(context.Language, follow ? TextKey.UsageFollow : TextKey.UsageUnfollow, people.ExampleId)}",
            null,
            cancellationToken);
}

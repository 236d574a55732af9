using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>
/// /follow (a toggle button per person), /follow &lt;personId&gt; or, with <paramref name="follow"/> false,
/// /unfollow &lt;personId&gt;: for this chat, or the forum topic it is sent in. An unknown id is answered with the known ones.
/// </summary>
internal sealed class FollowCommand(bool follow, ITelegramFollowStore store, PeopleCatalog people, PersonKeyboard keyboard, BotTexts texts, ChatReplies replies)
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

        var reply = follow
            ? await store.FollowAsync(context.Target, person.Id, cancellationToken) ? TextKey.Followed : TextKey.AlreadyFollowing
            : await store.UnfollowAsync(context.Target, person.Id, cancellationToken) ? TextKey.Unfollowed : TextKey.NotFollowing;
        await replies.SendAsync(context, reply, cancellationToken, person.Name);
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

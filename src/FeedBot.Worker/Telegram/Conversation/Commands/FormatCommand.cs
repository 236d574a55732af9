using FeedBot.Worker.Telegram.Conversation.Buttons;
using FeedBot.Worker.Telegram.Formatting;
using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Telegram.Conversation.Commands;

/// <summary>/format short|full sets how items are written to this chat; /format alone shows the choice with two buttons.</summary>
internal sealed class FormatCommand(ITelegramChatStore store, FormatKeyboard keyboard, ChatReplies replies) : IBotCommand
{
    public string Name => "format";

    public async Task HandleAsync(CommandContext context, CancellationToken cancellationToken)
    {
        var language = context.Language;
        var current = (await store.GetChatAsync(context.ChatId, cancellationToken))?.Format ?? MessageFormat.Short;
        if (context.Command.Args.Count == 0)
        {
            await replies.SendAsync(context.Target, keyboard.Text(current, language), keyboard.Build(current, language), cancellationToken);
            return;
        }

        var argument = string.Join(' ', context.Command.Args);
        if (!MessageFormats.TryParse(argument, out var format))
        {
            await replies.SendAsync(context, TextKey.UsageFormat, cancellationToken, argument);
            return;
        }

        if (format != current)
        {
            await store.SetFormatAsync(context.ChatId, format, cancellationToken);
        }

        await replies.SendAsync(context, format == current ? TextKey.FormatAlready : TextKey.FormatSet, cancellationToken, keyboard.NameOf(format, language));
    }
}

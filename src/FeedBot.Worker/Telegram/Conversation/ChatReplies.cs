using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>Sends the bot's answers: HTML, no link previews, into the forum topic the command came from.</summary>
public sealed class ChatReplies(ITelegramBotClient client, BotTexts texts)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public Task<Message> SendAsync(ChatTarget target, string html, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken) =>
        client.SendMessage(
            target.ChatId, html, ParseMode.Html, replyMarkup: keyboard, linkPreviewOptions: NoPreview,
            messageThreadId: target.MessageThreadId, cancellationToken: cancellationToken);

    public Task<Message> SendAsync(CommandContext context, string html, CancellationToken cancellationToken) =>
        SendAsync(context.Target, html, null, cancellationToken);

    public Task<Message> SendAsync(CommandContext context, TextKey key, CancellationToken cancellationToken, params object[] args) =>
        SendAsync(context.Target, texts.Html(context.Language, key, args), null, cancellationToken);

    /// <summary>What is wrong, then the right usage (with an example source id).</summary>
    public Task<Message> UsageAsync(CommandContext context, string problem, TextKey usage, string exampleSource, CancellationToken cancellationToken) =>
        SendAsync(context.Target, $"{problem}\n{texts.Html(context.Language, usage, exampleSource)}", null, cancellationToken);
}

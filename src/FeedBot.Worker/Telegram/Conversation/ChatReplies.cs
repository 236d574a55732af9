using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;
using Telegram.Bot.Types.ReplyMarkups;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>Sends the bot's answers: HTML, no link previews.</summary>
public sealed class ChatReplies(ITelegramBotClient client, BotTexts texts)
{
    private static readonly LinkPreviewOptions NoPreview = new() { IsDisabled = true };

    public Task<Message> SendAsync(long chatId, string html, InlineKeyboardMarkup? keyboard, CancellationToken cancellationToken) =>
        client.SendMessage(chatId, html, ParseMode.Html, replyMarkup: keyboard, linkPreviewOptions: NoPreview, cancellationToken: cancellationToken);

    public Task<Message> SendAsync(CommandContext context, string html, CancellationToken cancellationToken) =>
        SendAsync(context.ChatId, html, null, cancellationToken);

    public Task<Message> SendAsync(CommandContext context, TextKey key, CancellationToken cancellationToken, params object[] args) =>
        SendAsync(context.ChatId, texts.Html(context.Language, key, args), null, cancellationToken);

    /// <summary>What is wrong, then the right usage (with an example source id).</summary>
    public Task<Message> UsageAsync(CommandContext context, string problem, TextKey usage, string exampleSource, CancellationToken cancellationToken) =>
        SendAsync(context.ChatId, $"{problem}\n{texts.Html(context.Language, usage, exampleSource)}", null, cancellationToken);
}

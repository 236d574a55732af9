using FeedBot.Worker.Telegram.Formatting;
using Telegram.Bot.Types.ReplyMarkups;

namespace FeedBot.Worker.Telegram.Conversation.Buttons;

/// <summary>/format's answer: the current choice in words and two buttons, <c>format:short</c> and <c>format:full</c>, the chosen one ticked.</summary>
public sealed class FormatKeyboard(BotTexts texts)
{
    public const string Prefix = "format:";

    public string Text(MessageFormat current, string language) =>
        texts.Html(language, TextKey.FormatCurrent, NameOf(current, language));

    public string NameOf(MessageFormat format, string language) =>
        texts.Plain(language, format == MessageFormat.Full ? TextKey.FormatFullName : TextKey.FormatShortName);

    public InlineKeyboardMarkup Build(MessageFormat current, string language) => new(new[]
    {
        Button(MessageFormat.Short, TextKey.ButtonFormatShort, current, language),
        Button(MessageFormat.Full, TextKey.ButtonFormatFull, current, language),
    });

    private InlineKeyboardButton Button(MessageFormat format, TextKey label, MessageFormat current, string language)
    {
        var text = texts.Plain(language, label);
        return InlineKeyboardButton.WithCallbackData(
            format == current ? texts.Plain(language, TextKey.ButtonSelected, text) : text, Prefix + MessageFormats.NameOf(format));
    }
}

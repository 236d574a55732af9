using System.Text;
using Telegram.Bot.Types.ReplyMarkups;

namespace FeedBot.Worker.Telegram.Conversation.Buttons;

/// <summary>
/// The "see the 5 newest" button offered after /subscribe, and for /follow to attach: callback data
/// <c>newest:&lt;sourceId&gt;</c> or <c>newest:p:&lt;personId&gt;</c> (every source's newest items tagged with the person),
/// read back by <see cref="NewestButtonAction"/>. No button when the data would exceed Telegram's 64 bytes of callback_data.
/// </summary>
public sealed class NewestButton(BotTexts texts)
{
    public const string Prefix = "newest:";
    public const string PersonPrefix = "p:";
    public const int Count = 5;
    public const int MaxCallbackDataBytes = 64;

    public InlineKeyboardButton? ForSource(string sourceId, string language) => Build(sourceId, language);

    public InlineKeyboardButton? ForPerson(string personId, string language) => Build(PersonPrefix + personId, language);

    /// <summary>A keyboard of the one button, or null (no keyboard) without one.</summary>
    public static InlineKeyboardMarkup? Keyboard(InlineKeyboardButton? button) => button is null ? null : new InlineKeyboardMarkup(button);

    private InlineKeyboardButton? Build(string target, string language)
    {
        var data = Prefix + target;
        return Encoding.UTF8.GetByteCount(data) > MaxCallbackDataBytes
            ? null
            : InlineKeyboardButton.WithCallbackData(texts.Plain(language, TextKey.ButtonNewest, Count), data);
    }
}

using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot.Types.ReplyMarkups;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>The /start buttons: one per source, subscribing ("sub:&lt;id&gt;") or unsubscribing ("unsub:&lt;id&gt;").</summary>
public sealed class SourceKeyboard(SourceCatalog catalog, BotTexts texts)
{
    public const string SubscribePrefix = "sub:";
    public const string UnsubscribePrefix = "unsub:";

    public InlineKeyboardMarkup Build(IReadOnlyList<TelegramSubscription> subscriptions, string language)
    {
        var subscribed = subscriptions.Select(s => s.SourceId).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var rows = catalog.All.Select(source => new[]
        {
            subscribed.Contains(source.Id)
                ? InlineKeyboardButton.WithCallbackData(texts.Plain(language, TextKey.ButtonUnsubscribe, source.Title), UnsubscribePrefix + source.Id)
                : InlineKeyboardButton.WithCallbackData(texts.Plain(language, TextKey.ButtonSubscribe, source.Title), SubscribePrefix + source.Id),
        });
        return new InlineKeyboardMarkup(rows);
    }
}

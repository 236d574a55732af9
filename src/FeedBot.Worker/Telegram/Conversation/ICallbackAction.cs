using Telegram.Bot.Types;

namespace FeedBot.Worker.Telegram.Conversation;

/// <summary>
/// What a press on an inline button whose callback_data starts with <see cref="Prefix"/> does (<c>format:</c>,
/// <c>newest:</c>). <see cref="CallbackHandler"/> routes to it after the group-administrator check; the action answers
/// the callback query itself.
/// </summary>
public interface ICallbackAction
{
    string Prefix { get; }

    /// <param name="argument">The callback data after <see cref="Prefix"/>.</param>
    /// <param name="message">The bot's message the button belongs to.</param>
    Task HandleAsync(CallbackQuery query, Message message, string argument, string language, CancellationToken cancellationToken);
}

using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Formatting;
using FeedBot.Worker.Telegram.Storage;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace FeedBot.Worker.Telegram.Receiving;

/// <summary>
/// Writes <c>FeedBot:Telegram:Channels</c> into telegram_chats / telegram_subscriptions (an @username is resolved
/// with getChat), so that delivery's fan-out reads only those tables. A channel Telegram does not know is logged
/// and left out; network and server errors propagate so that start-up retries. Each channel's <c>Format</c> is stored with it.
/// </summary>
public sealed class ChannelMaterializer(
    ITelegramBotClient client, ITelegramChatStore store, IOptions<TelegramOptions> options, ILogger<ChannelMaterializer> logger)
{
    public async Task MaterializeAsync(CancellationToken cancellationToken)
    {
        foreach (var channel in options.Value.Channels)
        {
            var chat = await ResolveAsync(channel.Chat, cancellationToken);
            if (chat is null)
            {
                continue;
            }

            await store.MaterializeChannelAsync(
                new ChatSeen(chat.Id, "channel", chat.Title, chat.Username, "vi"), [.. channel.Sources.Distinct(StringComparer.OrdinalIgnoreCase)], cancellationToken);
            MessageFormats.TryParse(channel.Format, out var format);
            await store.SetFormatAsync(chat.Id, format, cancellationToken);
            logger.LogInformation("Channel {Channel} is chat {ChatId} with sources {Sources}, format {Format}", channel.Chat, chat.Id, string.Join(", ", channel.Sources), MessageFormats.NameOf(format));
        }
    }

    private async Task<ChatFullInfo?> ResolveAsync(string configured, CancellationToken cancellationToken)
    {
        try
        {
            return await client.GetChat(ChatIdOf(configured), cancellationToken);
        }
        catch (TelegramApiException ex) when (ex.Kind is TelegramErrorKind.ChatNotFound or TelegramErrorKind.BadRequest or TelegramErrorKind.Blocked)
        {
            if (long.TryParse(configured, System.Globalization.CultureInfo.InvariantCulture, out var id))
            {
                logger.LogWarning("getChat failed for configured channel {ChatId} ({Description}); using the id as configured", id, ex.Description);
                return new ChatFullInfo { Id = id, Type = ChatType.Channel };
            }

            logger.LogError("Configured channel {Channel} cannot be resolved ({Description}); it is left out", configured, ex.Description);
            return null;
        }
    }

    private static ChatId ChatIdOf(string configured) =>
        long.TryParse(configured, System.Globalization.CultureInfo.InvariantCulture, out var id) ? new ChatId(id) : new ChatId(configured);
}

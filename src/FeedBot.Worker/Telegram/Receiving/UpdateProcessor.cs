using FeedBot.Worker.Telegram.Api;
using FeedBot.Worker.Telegram.Conversation;
using FeedBot.Worker.Telegram.Storage;
using Telegram.Bot.Types.Enums;

namespace FeedBot.Worker.Telegram.Receiving;

/// <summary>
/// Handles one update once for the whole cluster: its id is claimed in the shared store first (an atomic insert), so an
/// update handled before (a restart, Telegram retrying a webhook, to this instance or another) is skipped, in whatever
/// order updates arrive at the instances. After handling (or failing, or skipping what cannot be understood) the
/// getUpdates offset moves past it. Nothing an update does stops the caller's loop.
/// </summary>
public sealed class UpdateProcessor(
    ITelegramStateStore state, MessageHandler messages, CallbackHandler callbacks, MembershipHandler memberships,
    ILogger<UpdateProcessor> logger)
{
    /// <summary>The update kinds the bot handles (getUpdates' and setWebhook's allowed_updates).</summary>
    public static readonly IReadOnlyList<string> AllowedUpdates = ["message", "callback_query", "my_chat_member"];

    /// <summary><see cref="AllowedUpdates"/> as Telegram.Bot's enum (for setWebhook).</summary>
    public static readonly UpdateType[] AllowedUpdateTypes = [UpdateType.Message, UpdateType.CallbackQuery, UpdateType.MyChatMember];

    public const int MaxTextLength = 4096;

    public async Task ProcessAsync(ReceivedUpdate received, CancellationToken cancellationToken)
    {
        if (received.UpdateId is not long id)
        {
            logger.LogWarning("Skipped an update that could not be read ({Kind}): {Error}", received.Kind, received.Error);
            return;
        }

        if (!await state.TryClaimUpdateAsync(id, cancellationToken))
        {
            logger.LogInformation("Skipped update {UpdateId}: already handled", id);
            return;
        }

        try
        {
            await HandleAsync(id, received, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(ex, "Update {UpdateId} ({Kind}) failed and is skipped", id, received.Kind);
        }

        await state.SaveUpdateOffsetAsync(id + 1, cancellationToken);
    }

    private Task HandleAsync(long id, ReceivedUpdate received, CancellationToken cancellationToken)
    {
        switch (received.Update)
        {
            case null:
                logger.LogWarning("Skipped update {UpdateId}: {Error}", id, received.Error);
                return Task.CompletedTask;
            case { Message: { Text.Length: > MaxTextLength } message }:
                logger.LogWarning("Skipped update {UpdateId}: a text of {Length} characters in chat {ChatId}", id, message.Text!.Length, message.Chat.Id);
                return Task.CompletedTask;
            case { Message: { Text: null } message } when message.MigrateToChatId is null:
                logger.LogInformation("Skipped update {UpdateId}: a message without text (sticker, photo, service message) in chat {ChatId}", id, message.Chat.Id);
                return Task.CompletedTask;
            case { Message: { } message }:
                return messages.HandleAsync(message, cancellationToken);
            case { CallbackQuery: { } query }:
                return callbacks.HandleAsync(query, cancellationToken);
            case { MyChatMember: { } member }:
                return memberships.HandleAsync(member, cancellationToken);
            default:
                logger.LogInformation("Skipped update {UpdateId} of unhandled kind {Kind}", id, received.Kind);
                return Task.CompletedTask;
        }
    }
}

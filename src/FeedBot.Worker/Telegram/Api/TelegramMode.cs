namespace FeedBot.Worker.Telegram.Api;

/// <summary>How updates arrive: the bot asks (getUpdates) or Telegram posts them to <c>/telegram/webhook</c>.</summary>
public enum TelegramMode
{
    LongPolling,
    Webhook,
}

using FeedBot.Worker.Telegram.Storage;

namespace FeedBot.Worker.Delivery.Storage;

/// <summary>An outbox row to write for a new item to a chat or forum topic: <see cref="Held"/> when that target is paused.</summary>
public sealed record NewDelivery(long ItemId, ChatTarget Target, bool Held);

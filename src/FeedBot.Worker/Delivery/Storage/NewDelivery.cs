namespace FeedBot.Worker.Delivery.Storage;

/// <summary>An outbox row to write for a new item: <see cref="Held"/> when the chat is paused.</summary>
public sealed record NewDelivery(long ItemId, long ChatId, bool Held);

namespace FeedBot.Worker.Delivery.Storage;

/// <summary>Counts the outbox by status, the age of the oldest pending row, and the send rate over the last minute.</summary>
public interface IDeliveryStatsReader
{
    Task<DeliveryStats> ReadAsync(CancellationToken cancellationToken);
}

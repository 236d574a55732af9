using FeedBot.Worker.Telegram.Api;

namespace FeedBot.Worker.Telegram.Receiving;

/// <summary>
/// The offset that confirms a whole getUpdates batch, also past elements whose update_id cannot be read. Telegram
/// answers the updates from the requested offset up, in order, each id above the one before; so an element without a
/// readable id has an id of at least the lowest one left (the requested offset, or one above the element before), and
/// confirming up to that lowest id can never drop an update that was not in the batch. Without a requested offset and
/// with no readable id before it, nothing is known and null comes back.
/// </summary>
internal static class BatchOffset
{
    public static long? After(long? requested, IEnumerable<ReceivedUpdate> batch)
    {
        var lowest = requested;
        foreach (var update in batch)
        {
            lowest = update.UpdateId is long id && (lowest is null || id >= lowest) ? id + 1 : lowest + 1;
        }

        return lowest;
    }
}

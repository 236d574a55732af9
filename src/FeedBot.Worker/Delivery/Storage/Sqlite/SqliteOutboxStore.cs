using FeedBot.Feeds.Storage;
using FeedBot.Worker.Delivery.Storage.Relational;

namespace FeedBot.Worker.Delivery.Storage.Sqlite;

/// <summary>The SQLite <see cref="IOutboxStore"/>: one process owns the file, so due rows are simply read oldest first.</summary>
public sealed class SqliteOutboxStore(IStoreDatabase database, TimeProvider clock) : RelationalOutboxStore(database, clock);

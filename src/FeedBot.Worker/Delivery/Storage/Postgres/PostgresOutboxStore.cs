using FeedBot.Feeds.Storage;
using FeedBot.Worker.Delivery.Storage.Relational;

namespace FeedBot.Worker.Delivery.Storage.Postgres;

/// <summary>
/// The PostgreSQL <see cref="IOutboxStore"/>. Due rows are read oldest first like on SQLite; how several instances
/// share the outbox (one sender, or rows claimed with <c>FOR UPDATE SKIP LOCKED</c>) is decided here, by overriding the due query.
/// </summary>
public sealed class PostgresOutboxStore(IStoreDatabase database, TimeProvider clock) : RelationalOutboxStore(database, clock);

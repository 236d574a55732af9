using FeedBot.Feeds.Storage.Relational;

namespace FeedBot.Feeds.Storage.Sqlite;

/// <summary>The SQLite <see cref="IItemStore"/>: Dapper expands a list parameter into <c>IN (@p1, @p2, …)</c>.</summary>
public sealed class SqliteItemStore(
    IStoreDatabase database, ItemChangeTracker changes, TimeProvider clock, IEnumerable<INewItemListener> listeners)
    : RelationalItemStore(database, changes, clock, listeners)
{
    protected override string InList(string column, string parameter) => $"{column} IN {parameter}";
}

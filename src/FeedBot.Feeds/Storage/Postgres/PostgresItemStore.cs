using FeedBot.Feeds.Storage.Relational;

namespace FeedBot.Feeds.Storage.Postgres;

/// <summary>The PostgreSQL <see cref="IItemStore"/>: a list parameter is one array (<c>= ANY(@keys)</c>).</summary>
public sealed class PostgresItemStore(
    IStoreDatabase database, ItemChangeTracker changes, TimeProvider clock, IEnumerable<INewItemListener> listeners)
    : RelationalItemStore(database, changes, clock, listeners)
{
    protected override string InList(string column, string parameter) => $"{column} = ANY({parameter})";
}

using FeedBot.Feeds.People;
using FeedBot.Feeds.Storage.Relational;

namespace FeedBot.Feeds.Storage.Sqlite;

/// <summary>The SQLite <see cref="IItemStore"/>: Dapper expands a list parameter into <c>IN (@p1, @p2, …)</c>; a
/// transaction is IMMEDIATE, so a re-tagging batch holds the write lock and needs no row locks.</summary>
public sealed class SqliteItemStore(
    SqliteStoreDatabase database, ItemChangeTracker changes, TimeProvider clock, ItemTagger tagger,
    IEnumerable<INewItemListener> listeners, IEnumerable<IPeopleTaggedListener> taggedListeners)
    : RelationalItemStore(database, changes, clock, tagger, listeners, taggedListeners)
{
    protected override string LockRows => "";

    protected override string InList(string column, string parameter) => $"{column} IN {parameter}";
}

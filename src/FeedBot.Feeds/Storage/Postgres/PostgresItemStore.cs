using FeedBot.Feeds.People;
using FeedBot.Feeds.Storage.Relational;

namespace FeedBot.Feeds.Storage.Postgres;

/// <summary>The PostgreSQL <see cref="IItemStore"/>: a list parameter is one array (<c>= ANY(@keys)</c>); a re-tagging
/// batch locks its rows (<c>FOR UPDATE</c>) against an article saved meanwhile.</summary>
public sealed class PostgresItemStore(
    PostgresStoreDatabase database, ItemChangeTracker changes, TimeProvider clock, ItemTagger tagger,
    IEnumerable<INewItemListener> listeners, IEnumerable<IPeopleTaggedListener> taggedListeners)
    : RelationalItemStore(database, changes, clock, tagger, listeners, taggedListeners)
{
    protected override string LockRows => " FOR UPDATE";

    protected override string InList(string column, string parameter) => $"{column} = ANY({parameter})";
}

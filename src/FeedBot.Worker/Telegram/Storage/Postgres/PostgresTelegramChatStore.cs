using FeedBot.Feeds.Storage.Postgres;
using FeedBot.Worker.Telegram.Storage.Relational;

namespace FeedBot.Worker.Telegram.Storage.Postgres;

/// <summary>The PostgreSQL <see cref="ITelegramChatStore"/>: a list parameter is one array (<c>&lt;&gt; ALL(@ids)</c>).</summary>
public sealed class PostgresTelegramChatStore(PostgresStoreDatabase database, IEnumerable<IChatDependents> dependents, TimeProvider clock)
    : RelationalTelegramChatStore(database, dependents, clock)
{
    protected override string NotInList(string column, string parameter) => $"{column} <> ALL({parameter})";
}

using FeedBot.Feeds.Storage.Sqlite;
using FeedBot.Worker.Telegram.Storage.Relational;

namespace FeedBot.Worker.Telegram.Storage.Sqlite;

/// <summary>The SQLite <see cref="ITelegramChatStore"/>: Dapper expands a list parameter into <c>(@p1, @p2, …)</c>.</summary>
public sealed class SqliteTelegramChatStore(SqliteStoreDatabase database, IEnumerable<IChatDependents> dependents, TimeProvider clock)
    : RelationalTelegramChatStore(database, dependents, clock)
{
    protected override string NotInList(string column, string parameter) => $"{column} NOT IN {parameter}";
}

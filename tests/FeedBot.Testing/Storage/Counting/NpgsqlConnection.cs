using System.Data.Common;

namespace FeedBot.Testing.Storage.Counting;

/// <summary>
/// The counting wrapper of a PostgreSQL connection. Its name matters: Dapper decides by the connection's type name
/// whether array parameters go to the server as arrays (<c>= ANY(@keys)</c>, as the stores expect on PostgreSQL) or
/// are expanded into <c>IN</c> lists.
/// </summary>
internal sealed class NpgsqlConnection(DbConnection inner, StoreCommandLog log) : CountingConnection(inner, log);

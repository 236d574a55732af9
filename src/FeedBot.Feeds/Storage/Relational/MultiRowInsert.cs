using System.Data;
using Dapper;

namespace FeedBot.Feeds.Storage.Relational;

/// <summary>
/// One <c>INSERT INTO table (columns) VALUES (@r0_0, …), (@r1_0, …)</c> for many rows, with its typed parameters (a null
/// is text), in SQL both providers run; the caller appends its conflict clause. Every store that writes rows in bulk
/// uses it, in chunks of at most <see cref="MaxRows"/>.
/// </summary>
public static class MultiRowInsert
{
    /// <summary>Rows per multi-row INSERT: far below either provider's parameter limit.</summary>
    public const int MaxRows = 100;

    public static (string Sql, DynamicParameters Parameters) Build(string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows)
    {
        var parameters = new DynamicParameters();
        return (Sql(table, columns, rows, parameters, "r"), parameters);
    }

    /// <summary>The same INSERT with its values added to <paramref name="parameters"/> as <c>@{prefix}{row}_{column}</c>,
    /// for a command that holds several statements.</summary>
    public static string Sql(string table, IReadOnlyList<string> columns, IReadOnlyList<object?[]> rows, DynamicParameters parameters, string prefix)
    {
        var values = rows.Select((row, r) => "(" + string.Join(", ", row.Select((value, c) =>
        {
            var name = $"{prefix}{r}_{c}";
            parameters.Add(name, value, value switch { long => DbType.Int64, int => DbType.Int32, bool => DbType.Boolean, _ => DbType.String });
            return "@" + name;
        })) + ")");
        return $"INSERT INTO {table} ({string.Join(", ", columns)}) VALUES {string.Join(", ", values)}";
    }
}

using System.Data.Common;
using System.Globalization;
using Dapper;
using FeedBot.Feeds.Storage.Migrations;
using Npgsql;
using NpgsqlTypes;

namespace FeedBot.Feeds.Storage.Postgres;

/// <summary>
/// Copies every module's tables (<see cref="MigrationSet.Tables"/>, module by module, parents first) from a migrated
/// SQLite store into a migrated, empty PostgreSQL database, in one transaction with binary COPY; values are converted to
/// the target column's type (0/1 to boolean), ids are kept and the identity sequences moved past them.
/// </summary>
public sealed class StoreCopier(MigrationPlan plan)
{
    /// <summary>The owned tables that already hold rows in <paramref name="target"/> (empty: safe to copy into).</summary>
    public async Task<IReadOnlyList<string>> NonEmptyTablesAsync(DbConnection target, CancellationToken cancellationToken)
    {
        var nonEmpty = new List<string>();
        foreach (var table in Tables())
        {
            if (await target.ExecuteScalarAsync<bool>(new CommandDefinition($"SELECT EXISTS (SELECT 1 FROM {table})", cancellationToken: cancellationToken)))
            {
                nonEmpty.Add(table);
            }
        }

        return nonEmpty;
    }

    /// <summary>Copies every table; returns the rows copied per table, in copy order.</summary>
    public async Task<IReadOnlyList<(string Table, long Rows)>> CopyAsync(DbConnection source, NpgsqlConnection target, CancellationToken cancellationToken)
    {
        await using var transaction = await target.BeginTransactionAsync(cancellationToken);
        var copied = new List<(string, long)>();
        foreach (var table in Tables())
        {
            copied.Add((table, await CopyTableAsync(source, target, table, cancellationToken)));
            await ResetIdentityAsync(target, table);
        }

        await transaction.CommitAsync(cancellationToken);
        return copied;
    }

    private IEnumerable<string> Tables() => plan.Sets.SelectMany(s => s.Tables);

    private static async Task<long> CopyTableAsync(DbConnection source, NpgsqlConnection target, string table, CancellationToken cancellationToken)
    {
        var columns = (await target.QueryAsync<(string Name, string Type)>(
            "SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = @table ORDER BY ordinal_position",
            new { table })).ToList();
        var sourceColumns = (await source.QueryAsync<string>($"SELECT name FROM pragma_table_info('{table}')")).ToHashSet(StringComparer.Ordinal);
        columns = [.. columns.Where(c => sourceColumns.Contains(c.Name))];
        var names = string.Join(", ", columns.Select(c => c.Name));
        await using var read = source.CreateCommand();
        read.CommandText = $"SELECT {names} FROM {table}";
        await using var reader = await read.ExecuteReaderAsync(cancellationToken);
        await using var importer = await target.BeginBinaryImportAsync($"COPY {table} ({names}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            await importer.StartRowAsync(cancellationToken);
            for (var i = 0; i < columns.Count; i++)
            {
                await WriteAsync(importer, reader.IsDBNull(i) ? null : reader.GetValue(i), columns[i].Type, cancellationToken);
            }

            rows++;
        }

        await importer.CompleteAsync(cancellationToken);
        return rows;
    }

    private static Task WriteAsync(NpgsqlBinaryImporter importer, object? value, string type, CancellationToken cancellationToken) => (value, type) switch
    {
        (null, _) => importer.WriteNullAsync(cancellationToken),
        (_, "boolean") => importer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture) != 0, NpgsqlDbType.Boolean, cancellationToken),
        (_, "bigint") => importer.WriteAsync(Convert.ToInt64(value, CultureInfo.InvariantCulture), NpgsqlDbType.Bigint, cancellationToken),
        (_, "integer") => importer.WriteAsync(Convert.ToInt32(value, CultureInfo.InvariantCulture), NpgsqlDbType.Integer, cancellationToken),
        (_, "text") => importer.WriteAsync(Convert.ToString(value, CultureInfo.InvariantCulture)!, NpgsqlDbType.Text, cancellationToken),
        _ => throw new NotSupportedException($"migrate-store cannot copy a value into a column of type {type}."),
    };

    /// <summary>An identity column continues after the copied ids (a table without one is left alone).</summary>
    private static async Task ResetIdentityAsync(NpgsqlConnection target, string table)
    {
        var sequence = await target.ExecuteScalarAsync<string?>(
            "SELECT pg_get_serial_sequence(@table, a.attname) FROM pg_attribute a WHERE a.attrelid = @table::regclass AND a.attidentity <> ''",
            new { table });
        if (sequence is not null)
        {
            await target.ExecuteAsync($"SELECT setval(@sequence, COALESCE((SELECT MAX(id) FROM {table}), 0) + 1, false)", new { sequence });
        }
    }
}

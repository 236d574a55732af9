using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage.Relational;

/// <summary>
/// The person tags part of <see cref="RelationalItemStore"/>: <c>item_people</c> (one row per item and person),
/// reading items with their tags, items of people, and re-tagging stored items when the people list changes.
/// </summary>
public abstract partial class RelationalItemStore
{
    /// <summary>Appended to a batch's SELECT so that a concurrent writer waits instead of re-tagging from older text.</summary>
    protected abstract string LockRows { get; }

    public async Task<IReadOnlyList<FeedItem>> GetLatestForPeopleAsync(
        IReadOnlyCollection<string> personIds, int limit, string? sourceId, CancellationToken cancellationToken)
    {
        if (personIds.Count == 0 || limit <= 0)
        {
            return [];
        }

        await using var connection = await Database.OpenAsync(cancellationToken);
        var ofSource = sourceId is null ? "" : "source_id = @sourceId AND ";
        return await ReadItemsAsync(
            connection,
            null,
            $"""
            SELECT {ItemRow.Columns} FROM items
            WHERE {ofSource}EXISTS (SELECT 1 FROM item_people p WHERE p.item_id = items.id AND {InList("p.person_id", "@personIds")})
            ORDER BY published_utc DESC, id DESC LIMIT @limit
            """,
            new { sourceId, personIds = personIds.Distinct(StringComparer.Ordinal).ToArray(), limit });
    }

    public async Task<string?> GetTagFingerprintAsync(CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<string?>("SELECT fingerprint FROM people_tagging WHERE id = 1");
    }

    public async Task SaveTagFingerprintAsync(string fingerprint, CancellationToken cancellationToken)
    {
        await using var connection = await Database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "INSERT INTO people_tagging (id, fingerprint) VALUES (1, @fingerprint) ON CONFLICT (id) DO UPDATE SET fingerprint = excluded.fingerprint",
            new { fingerprint });
    }

    public async Task<RetagBatch> RetagAsync(long afterId, int batchSize, CancellationToken cancellationToken)
    {
        await using var unit = await Database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        var rows = (await connection.QueryAsync<ItemRow>(
            $"SELECT {ItemRow.Columns} FROM items WHERE id > @afterId ORDER BY id LIMIT @batchSize{LockRows}",
            new { afterId, batchSize }, transaction)).AsList();
        var changedSources = new HashSet<string>(StringComparer.Ordinal);
        var changed = 0;
        foreach (var row in rows)
        {
            if ((await ReplaceTagsAsync(connection, transaction, row.Id, tagger.Tag(row.Title, row.Summary, row.Content_Html))).Changed)
            {
                changed++;
                changedSources.Add(row.Source_Id);
            }
        }

        foreach (var sourceId in changedSources)
        {
            await MoveVersionAsync(connection, transaction, sourceId);
        }

        unit.OnCommitted(changes.MarkStale);
        await unit.CommitAsync(cancellationToken);
        return new RetagBatch(rows.Count == 0 ? null : rows[^1].Id, changed);
    }

    /// <summary>Items with their person tags (one more query for all of them).</summary>
    private async Task<IReadOnlyList<FeedItem>> ReadItemsAsync(DbConnection connection, DbTransaction? transaction, string sql, object parameters)
    {
        var rows = (await connection.QueryAsync<ItemRow>(sql, parameters, transaction)).AsList();
        if (rows.Count == 0)
        {
            return [];
        }

        var tags = (await connection.QueryAsync<(long ItemId, string PersonId)>(
                $"SELECT item_id, person_id FROM item_people WHERE {InList("item_id", "@ids")}",
                new { ids = rows.Select(r => r.Id).ToArray() }, transaction))
            .ToLookup(t => t.ItemId, t => t.PersonId);
        return rows.Select(r => r.ToItem(tagger.InOrder(tags[r.Id]))).ToList();
    }

    /// <summary>Makes the item's stored tags exactly <paramref name="personIds"/>; returns the ids added and whether any row changed.</summary>
    private async Task<(IReadOnlyList<string> Added, bool Changed)> ReplaceTagsAsync(
        DbConnection connection, DbTransaction transaction, long itemId, IReadOnlyList<string> personIds)
    {
        var stored = (await connection.QueryAsync<string>("SELECT person_id FROM item_people WHERE item_id = @itemId", new { itemId }, transaction))
            .ToHashSet(StringComparer.Ordinal);
        var removed = stored.Except(personIds, StringComparer.Ordinal).ToArray();
        var added = personIds.Where(id => !stored.Contains(id)).ToArray();
        if (removed.Length > 0)
        {
            await connection.ExecuteAsync(
                $"DELETE FROM item_people WHERE item_id = @itemId AND {InList("person_id", "@removed")}", new { itemId, removed }, transaction);
        }

        await InsertTagsAsync(connection, transaction, itemId, added);
        return (added, removed.Length > 0 || added.Length > 0);
    }

    private static async Task InsertTagsAsync(DbConnection connection, DbTransaction transaction, long itemId, IReadOnlyList<string> personIds)
    {
        if (personIds.Count > 0)
        {
            await connection.ExecuteAsync(
                "INSERT INTO item_people (item_id, person_id) VALUES (@itemId, @personId) ON CONFLICT DO NOTHING",
                personIds.Select(personId => new { itemId, personId }), transaction);
        }
    }

    /// <summary>Tells the <see cref="IPeopleTaggedListener"/>s, in the unit of work, that a stored item now names more people.</summary>
    private async Task NotifyTaggedAsync(IStoreTransaction unit, long itemId, IReadOnlyList<string> added, CancellationToken cancellationToken)
    {
        if (added.Count == 0 || !taggedListeners.Any())
        {
            return;
        }

        var (connection, transaction) = Enlist(unit);
        var item = (await ReadItemsAsync(connection, transaction, $"SELECT {ItemRow.Columns} FROM items WHERE id = @itemId", new { itemId })).Single();
        var isBackfill = await connection.ExecuteScalarAsync<long>(
            "SELECT CASE WHEN is_backfill THEN 1 ELSE 0 END FROM items WHERE id = @itemId", new { itemId }, transaction) != 0;
        foreach (var listener in taggedListeners)
        {
            await listener.OnPeopleTaggedAsync(unit, item, added, isBackfill, cancellationToken);
        }
    }
}

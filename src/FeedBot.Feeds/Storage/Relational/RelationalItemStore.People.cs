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

    /// <summary>
    /// One batch in one unit of work: the items (locked on PostgreSQL) and their stored tags in two queries, as
    /// <see cref="ReadItemsAsync"/> reads them, then every tag change and the changed sources' versions in one command.
    /// </summary>
    public async Task<RetagBatch> RetagAsync(long afterId, int batchSize, CancellationToken cancellationToken)
    {
        await using var unit = await Database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        var items = await ReadItemsAsync(
            connection, transaction, $"SELECT {ItemRow.Columns} FROM items WHERE id > @afterId ORDER BY id LIMIT @batchSize{LockRows}", new { afterId, batchSize });
        var changed = items
            .Select(i => (i.SourceId, Change: TagChange.Between(i.Id, i.PersonIds, tagger.Tag(i.Title, i.Summary, i.ContentHtml))))
            .Where(c => !c.Change.IsEmpty)
            .ToList();
        await WriteTagChangesAsync(
            connection, transaction, changed.Select(c => c.Change).ToList(), changed.Select(c => c.SourceId).Distinct(StringComparer.Ordinal).ToList());
        unit.OnCommitted(changes.MarkStale);
        await unit.CommitAsync(cancellationToken);
        return new RetagBatch(items.Count == 0 ? null : items[^1].Id, changed.Count);
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

    /// <summary>
    /// Tells the <see cref="IPeopleTaggedListener"/>s, in the unit of work, of each stored item that now names more
    /// people: the item and its backfill flag as the write read them back, so nothing is read again.
    /// </summary>
    private async Task NotifyTaggedAsync(IStoreTransaction unit, IEnumerable<TaggedItem> tagged, CancellationToken cancellationToken)
    {
        foreach (var (item, isBackfill, change) in tagged.Where(t => t.Change.Added.Count > 0))
        {
            foreach (var listener in taggedListeners)
            {
                await listener.OnPeopleTaggedAsync(unit, item, change.Added, isBackfill, cancellationToken);
            }
        }
    }
}

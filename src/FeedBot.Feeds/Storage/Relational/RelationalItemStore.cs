using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Model;
using FeedBot.Feeds.People;

namespace FeedBot.Feeds.Storage.Relational;

/// <summary>
/// The feeds library's store (<c>items</c>, <c>source_versions</c>, <c>polls</c>, <c>http_validators</c>) in SQL both
/// providers run; <see cref="Sqlite.SqliteItemStore"/> and <see cref="Postgres.PostgresItemStore"/> supply what differs.
/// A listing is saved in one unit of work with the new items' listeners (the outbox) and the source's change version.
/// Items are tagged with people (<c>item_people</c>, <see cref="ItemTagger"/>) when inserted, edited and when their article arrives.
/// </summary>
public abstract partial class RelationalItemStore(
    IStoreDatabase database,
    ItemChangeTracker changes,
    TimeProvider clock,
    ItemTagger tagger,
    IEnumerable<INewItemListener> listeners,
    IEnumerable<IPeopleTaggedListener> taggedListeners) : IItemStore, IPeopleTagStore
{
    protected IStoreDatabase Database => database;

    /// <summary>A condition that <paramref name="column"/> is one of the list parameter <paramref name="parameter"/>.</summary>
    protected abstract string InList(string column, string parameter);

    /// <summary>
    /// Reads the page's stored rows in one query; when nothing is new or changed, that is all (no transaction, no write).
    /// Otherwise one unit of work: the new items in one INSERT (their tags in one more), each edited item updated, the
    /// tag changes and the change version in one command, the listeners told.
    /// </summary>
    public async Task<SaveResult> SaveListingAsync(string sourceId, IReadOnlyList<ScrapedItem> items, bool isBackfill, CancellationToken cancellationToken)
    {
        var distinct = items.DistinctBy(i => i.Key).ToList();
        var existing = await ReadListedAsync(sourceId, distinct, cancellationToken);
        var fresh = distinct.Where(i => !existing.ContainsKey(i.Key)).ToList();
        var edited = distinct.Where(i => existing.TryGetValue(i.Key, out var row) && row.DiffersFrom(i)).ToList();
        if (fresh.Count == 0 && edited.Count == 0)
        {
            return new SaveResult([], 0, items.Count, existing.Count);
        }

        var created = await WriteAsync(sourceId, fresh, edited.Select(i => (existing[i.Key].Id, i)).ToList(), isBackfill, cancellationToken);
        return new SaveResult(created, edited.Count, items.Count, existing.Count);
    }

    /// <summary>The new and edited items, the change version and the listeners, in one unit of work.</summary>
    private async Task<List<FeedItem>> WriteAsync(
        string sourceId, IReadOnlyList<ScrapedItem> fresh, IReadOnlyList<(long Id, ScrapedItem Item)> edited, bool isBackfill, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        var now = Now();
        var created = await InsertAllAsync(connection, transaction, sourceId, fresh, isBackfill, now);
        var tagged = new List<TaggedItem>();
        foreach (var (id, item) in edited)
        {
            if (await UpdateAsync(connection, transaction, id, item, now) is { } edit)
            {
                tagged.Add(edit);
            }
        }

        await WriteTagChangesAsync(connection, transaction, tagged.Select(t => t.Change).ToList(), [sourceId]);
        foreach (var listener in listeners)
        {
            await listener.OnItemsCreatedAsync(unit, sourceId, created, isBackfill, cancellationToken);
        }

        await NotifyTaggedAsync(unit, tagged, cancellationToken);
        unit.OnCommitted(changes.MarkStale);
        await unit.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>What change detection needs of the page's stored items (not their articles), by key: one query.</summary>
    private async Task<Dictionary<string, ItemRow>> ReadListedAsync(string sourceId, IReadOnlyList<ScrapedItem> items, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ItemRow>(
            $"SELECT {ItemRow.ListingColumns} FROM items WHERE source_id = @sourceId AND {InList("item_key", "@keys")}",
            new { sourceId, keys = items.Select(i => i.Key).ToArray() });
        return rows.ToDictionary(r => r.Item_Key, StringComparer.Ordinal);
    }

    /// <summary>
    /// Updates an edited item, reading back in the same command the row as stored now (its article, to tag from) and
    /// its stored tags. Null when the item is gone.
    /// </summary>
    private async Task<TaggedItem?> UpdateAsync(DbConnection connection, DbTransaction transaction, long id, ScrapedItem item, long now)
    {
        using var results = await connection.QueryMultipleAsync(
            $"""
            UPDATE items SET title = @Title, summary = @Summary, image_url = COALESCE(@ImageUrl, image_url), link = @Link, updated_utc = @now
            WHERE id = @id RETURNING {ItemRow.WithBackfill(ItemRow.Columns)};
            SELECT person_id FROM item_people WHERE item_id = @id;
            """,
            new { item.Title, item.Summary, item.ImageUrl, item.Link, now, id },
            transaction);
        var row = await results.ReadSingleOrDefaultAsync<ItemRow>();
        var stored = await results.ReadAsync<string>();
        return row is null ? null : Retagged(row, stored);
    }

    public async Task<IReadOnlyList<FeedItem>> GetLatestAsync(string sourceId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadItemsAsync(
            connection, null, $"SELECT {ItemRow.Columns} FROM items WHERE source_id = @sourceId ORDER BY published_utc DESC, id DESC LIMIT @limit",
            new { sourceId, limit });
    }

    public async Task SaveContentAsync(long itemId, string contentHtml, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        if (await SaveArticleAsync(connection, transaction, itemId, contentHtml) is { } tagged)
        {
            await NotifyTaggedAsync(unit, [tagged], cancellationToken);
        }

        unit.OnCommitted(changes.MarkStale);
        await unit.CommitAsync(cancellationToken);
    }

    public async Task RecordContentFailureAsync(long itemId, string error, DateTimeOffset retryAtUtc, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await connection.ExecuteAsync(
            "UPDATE items SET content_error = @error, content_attempts = content_attempts + 1, content_retry_utc = @retry WHERE id = @itemId",
            new { itemId, error, retry = retryAtUtc.ToUnixTimeMilliseconds() });
    }

    protected static (DbConnection Connection, DbTransaction Transaction) Enlist(IStoreTransaction unit)
    {
        var transaction = StoreTransaction.Of(unit);
        return (transaction.Connection, transaction.Transaction);
    }

    protected long Now() => clock.GetUtcNow().ToUnixTimeMilliseconds();
}

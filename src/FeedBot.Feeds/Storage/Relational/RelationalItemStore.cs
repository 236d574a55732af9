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
    /// change version moved, the listeners told.
    /// </summary>
    public async Task<SaveResult> SaveListingAsync(string sourceId, IReadOnlyList<ScrapedItem> items, bool isBackfill, CancellationToken cancellationToken)
    {
        var distinct = items.DistinctBy(i => i.Key).ToList();
        var existing = await ReadStoredAsync(sourceId, distinct, cancellationToken);
        var fresh = distinct.Where(i => !existing.ContainsKey(i.Key)).ToList();
        var edited = distinct.Where(i => existing.TryGetValue(i.Key, out var row) && HasChanged(row, i)).ToList();
        if (fresh.Count == 0 && edited.Count == 0)
        {
            return new SaveResult([], 0, items.Count, existing.Count);
        }

        var created = await WriteAsync(sourceId, fresh, edited.Select(i => (existing[i.Key], i)).ToList(), isBackfill, cancellationToken);
        return new SaveResult(created, edited.Count, items.Count, existing.Count);
    }

    /// <summary>The new and edited items, the change version and the listeners, in one unit of work.</summary>
    private async Task<List<FeedItem>> WriteAsync(
        string sourceId, IReadOnlyList<ScrapedItem> fresh, IReadOnlyList<(ItemRow Row, ScrapedItem Item)> edited, bool isBackfill, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        var now = Now();
        var created = await InsertAllAsync(connection, transaction, sourceId, fresh, isBackfill, now);
        var tagged = new List<(long ItemId, IReadOnlyList<string> Added)>();
        foreach (var (row, item) in edited)
        {
            tagged.Add((row.Id, await UpdateAsync(connection, transaction, row, item, now)));
        }

        await MoveVersionAsync(connection, transaction, sourceId);
        foreach (var listener in listeners)
        {
            await listener.OnItemsCreatedAsync(unit, sourceId, created, isBackfill, cancellationToken);
        }

        foreach (var (itemId, added) in tagged)
        {
            await NotifyTaggedAsync(unit, itemId, added, cancellationToken);
        }

        unit.OnCommitted(changes.MarkStale);
        await unit.CommitAsync(cancellationToken);
        return created;
    }

    /// <summary>The stored rows of the page's keys, by key: one query.</summary>
    private async Task<Dictionary<string, ItemRow>> ReadStoredAsync(string sourceId, IReadOnlyList<ScrapedItem> items, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var rows = await connection.QueryAsync<ItemRow>(
            $"SELECT {ItemRow.Columns} FROM items WHERE source_id = @sourceId AND {InList("item_key", "@keys")}",
            new { sourceId, keys = items.Select(i => i.Key).ToArray() });
        return rows.ToDictionary(r => r.Item_Key, StringComparer.Ordinal);
    }

    private static bool HasChanged(ItemRow existing, ScrapedItem item) =>
        existing.Title != item.Title
        || (existing.Summary ?? "") != (item.Summary ?? "")
        || (item.ImageUrl is not null && existing.Image_Url != item.ImageUrl);

    /// <summary>Updates an edited item and its tags; returns the people the edit added (often none).</summary>
    private async Task<IReadOnlyList<string>> UpdateAsync(DbConnection connection, DbTransaction transaction, ItemRow existing, ScrapedItem item, long now)
    {
        await connection.ExecuteAsync(
            "UPDATE items SET title = @Title, summary = @Summary, image_url = COALESCE(@ImageUrl, image_url), link = @Link, updated_utc = @now WHERE id = @id",
            new { item.Title, item.Summary, item.ImageUrl, item.Link, now, id = existing.Id },
            transaction);
        var (added, _) = await ReplaceTagsAsync(connection, transaction, existing.Id, tagger.Tag(item.Title, item.Summary, existing.Content_Html));
        return added;
    }

    /// <summary>Moves the source's change version, in the transaction that changed its items.</summary>
    private static Task MoveVersionAsync(DbConnection connection, DbTransaction transaction, string sourceId) =>
        connection.ExecuteAsync(MoveVersionSql, new { sourceId }, transaction);

    public async Task<IReadOnlySet<string>> FindKnownKeysAsync(string sourceId, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var known = await connection.QueryAsync<string>(
            $"SELECT item_key FROM items WHERE source_id = @sourceId AND {InList("item_key", "@keys")}", new { sourceId, keys = keys.ToArray() });
        return known.ToHashSet(StringComparer.Ordinal);
    }

    public async Task<bool> HasItemsAsync(string sourceId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await connection.ExecuteScalarAsync<bool>("SELECT EXISTS (SELECT 1 FROM items WHERE source_id = @sourceId)", new { sourceId });
    }

    public async Task<IReadOnlyList<FeedItem>> GetLatestAsync(string sourceId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadItemsAsync(
            connection, null, $"SELECT {ItemRow.Columns} FROM items WHERE source_id = @sourceId ORDER BY published_utc DESC, id DESC LIMIT @limit",
            new { sourceId, limit });
    }

    /// <summary>Items whose article is due (never fetched, or failed and past its retry time), fewest attempts first, then newest.</summary>
    private static readonly string MissingContentSql = $"""
        SELECT {ItemRow.Columns} FROM items
        WHERE source_id = @sourceId AND content_html IS NULL AND (content_retry_utc IS NULL OR content_retry_utc <= @now)
        ORDER BY content_attempts, published_utc DESC LIMIT @limit
        """;

    public async Task<IReadOnlyList<FeedItem>> GetMissingContentAsync(string sourceId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadItemsAsync(connection, null, MissingContentSql, new { sourceId, limit, now = Now() });
    }

    public async Task SaveContentAsync(long itemId, string contentHtml, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        if (await SaveArticleAsync(connection, transaction, itemId, contentHtml) is { } added)
        {
            await NotifyTaggedAsync(unit, itemId, added, cancellationToken);
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

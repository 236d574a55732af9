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

    public async Task<SaveResult> SaveListingAsync(string sourceId, IReadOnlyList<ScrapedItem> items, bool isBackfill, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var (created, updated, tagged) = await SaveItemsAsync(unit, sourceId, items, isBackfill);
        if (created.Count > 0 || updated > 0)
        {
            var (connection, transaction) = Enlist(unit);
            await MoveVersionAsync(connection, transaction, sourceId);
        }

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
        return new SaveResult(created, updated, items.Count);
    }

    /// <summary>Inserts or updates each item; returns the new items, the count updated and the people edits added.</summary>
    private async Task<(List<FeedItem> Created, int Updated, List<(long ItemId, IReadOnlyList<string> Added)> Tagged)> SaveItemsAsync(
        IStoreTransaction unit, string sourceId, IReadOnlyList<ScrapedItem> items, bool isBackfill)
    {
        var now = Now();
        var (connection, transaction) = Enlist(unit);
        var created = new List<FeedItem>();
        var tagged = new List<(long, IReadOnlyList<string>)>();
        var updated = 0;
        foreach (var item in items.DistinctBy(i => i.Key))
        {
            var existing = await connection.QuerySingleOrDefaultAsync<ItemRow>(
                $"SELECT {ItemRow.Columns} FROM items WHERE source_id = @sourceId AND item_key = @Key",
                new { sourceId, item.Key }, transaction);
            if (existing is null)
            {
                created.AddRange(await InsertAsync(connection, transaction, sourceId, item, isBackfill, now));
            }
            else if (await UpdateIfChangedAsync(connection, transaction, existing, item, now) is { } added)
            {
                updated++;
                tagged.Add((existing.Id, added));
            }
        }

        return (created, updated, tagged);
    }

    /// <summary>Another writer may have inserted the key since it was looked up: then nothing is inserted (and nothing is new).</summary>
    private async Task<IEnumerable<FeedItem>> InsertAsync(DbConnection connection, DbTransaction transaction, string sourceId, ScrapedItem item, bool isBackfill, long now)
    {
        var row = await connection.QuerySingleOrDefaultAsync<ItemRow>(
            $"""
            INSERT INTO items (source_id, item_key, link, title, summary, image_url, published_utc, first_seen_utc, updated_utc, is_backfill)
            VALUES (@sourceId, @Key, @Link, @Title, @Summary, @ImageUrl, @published, @now, @now, @isBackfill)
            ON CONFLICT (source_id, item_key) DO NOTHING
            RETURNING {ItemRow.Columns}
            """,
            new { sourceId, item.Key, item.Link, item.Title, item.Summary, item.ImageUrl, published = item.PublishedUtc.ToUnixTimeMilliseconds(), now, isBackfill },
            transaction);
        if (row is null)
        {
            return [];
        }

        var people = tagger.Tag(item.Title, item.Summary, null);
        await InsertTagsAsync(connection, transaction, row.Id, people);
        return [row.ToItem(people)];
    }

    /// <summary>Null when nothing changed; else the people the edit added to the item's tags (often none).</summary>
    private async Task<IReadOnlyList<string>?> UpdateIfChangedAsync(DbConnection connection, DbTransaction transaction, ItemRow existing, ScrapedItem item, long now)
    {
        var changed = existing.Title != item.Title
            || (existing.Summary ?? "") != (item.Summary ?? "")
            || (item.ImageUrl is not null && existing.Image_Url != item.ImageUrl);
        if (!changed)
        {
            return null;
        }

        await connection.ExecuteAsync(
            "UPDATE items SET title = @Title, summary = @Summary, image_url = COALESCE(@ImageUrl, image_url), link = @Link, updated_utc = @now WHERE id = @id",
            new { item.Title, item.Summary, item.ImageUrl, item.Link, now, id = existing.Id },
            transaction);
        var (added, _) = await ReplaceTagsAsync(connection, transaction, existing.Id, tagger.Tag(item.Title, item.Summary, existing.Content_Html));
        return added;
    }

    /// <summary>Moves the source's change version, in the transaction that changed its items.</summary>
    private static Task MoveVersionAsync(DbConnection connection, DbTransaction transaction, string sourceId) =>
        connection.ExecuteAsync(
            "INSERT INTO source_versions (source_id, version) VALUES (@sourceId, 1) ON CONFLICT (source_id) DO UPDATE SET version = source_versions.version + 1",
            new { sourceId }, transaction);

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

    public async Task<IReadOnlyList<FeedItem>> GetMissingContentAsync(string sourceId, int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadItemsAsync(
            connection,
            null,
            $"""
            SELECT {ItemRow.Columns} FROM items
            WHERE source_id = @sourceId AND content_html IS NULL AND (content_retry_utc IS NULL OR content_retry_utc <= @now)
            ORDER BY content_attempts, published_utc DESC LIMIT @limit
            """,
            new { sourceId, limit, now = Now() });
    }

    public async Task SaveContentAsync(long itemId, string contentHtml, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        var row = await connection.QuerySingleOrDefaultAsync<ItemRow>(
            $"UPDATE items SET content_html = @contentHtml, content_utc = @now, content_error = NULL WHERE id = @itemId RETURNING {ItemRow.Columns}",
            new { itemId, contentHtml, now = Now() }, transaction);
        if (row is not null)
        {
            var (added, _) = await ReplaceTagsAsync(connection, transaction, itemId, tagger.Tag(row.Title, row.Summary, contentHtml));
            await MoveVersionAsync(connection, transaction, row.Source_Id);
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

using System.Data.Common;
using Dapper;
using FeedBot.Feeds.Model;

namespace FeedBot.Feeds.Storage.Relational;

/// <summary>
/// The feeds library's store (<c>items</c>, <c>source_versions</c>, <c>polls</c>, <c>http_validators</c>) in SQL both
/// providers run; <see cref="Sqlite.SqliteItemStore"/> and <see cref="Postgres.PostgresItemStore"/> supply what differs.
/// A listing is saved in one unit of work with the new items' listeners (the outbox) and the source's change version.
/// </summary>
public abstract partial class RelationalItemStore(
    IStoreDatabase database,
    ItemChangeTracker changes,
    TimeProvider clock,
    IEnumerable<INewItemListener> listeners) : IItemStore
{
    protected IStoreDatabase Database => database;

    /// <summary>A condition that <paramref name="column"/> is one of the list parameter <paramref name="parameter"/>.</summary>
    protected abstract string InList(string column, string parameter);

    public async Task<SaveResult> SaveListingAsync(string sourceId, IReadOnlyList<ScrapedItem> items, bool isBackfill, CancellationToken cancellationToken)
    {
        var now = Now();
        await using var unit = await database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        var created = new List<FeedItem>();
        var updated = 0;
        var known = 0;
        foreach (var item in items.DistinctBy(i => i.Key))
        {
            var existing = await connection.QuerySingleOrDefaultAsync<ItemRow>(
                $"SELECT {ItemRow.Columns} FROM items WHERE source_id = @sourceId AND item_key = @Key",
                new { sourceId, item.Key }, transaction);
            if (existing is null)
            {
                created.AddRange(await InsertAsync(connection, transaction, sourceId, item, isBackfill, now));
            }
            else
            {
                known++;
                updated += await UpdateIfChangedAsync(connection, transaction, existing, item, now) ? 1 : 0;
            }
        }

        if (created.Count > 0 || updated > 0)
        {
            await MoveVersionAsync(connection, transaction, sourceId);
        }

        foreach (var listener in listeners)
        {
            await listener.OnItemsCreatedAsync(unit, sourceId, created, isBackfill, cancellationToken);
        }

        unit.OnCommitted(changes.MarkStale);
        await unit.CommitAsync(cancellationToken);
        return new SaveResult(created, updated, items.Count, known);
    }

    /// <summary>Another writer may have inserted the key since it was looked up: then nothing is inserted (and nothing is new).</summary>
    private static async Task<IEnumerable<FeedItem>> InsertAsync(DbConnection connection, DbTransaction transaction, string sourceId, ScrapedItem item, bool isBackfill, long now)
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
        return row is null ? [] : [row.ToItem()];
    }

    private static async Task<bool> UpdateIfChangedAsync(DbConnection connection, DbTransaction transaction, ItemRow existing, ScrapedItem item, long now)
    {
        var changed = existing.Title != item.Title
            || (existing.Summary ?? "") != (item.Summary ?? "")
            || (item.ImageUrl is not null && existing.Image_Url != item.ImageUrl);
        if (!changed)
        {
            return false;
        }

        await connection.ExecuteAsync(
            "UPDATE items SET title = @Title, summary = @Summary, image_url = COALESCE(@ImageUrl, image_url), link = @Link, updated_utc = @now WHERE id = @id",
            new { item.Title, item.Summary, item.ImageUrl, item.Link, now, id = existing.Id },
            transaction);
        return true;
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
        var rows = await connection.QueryAsync<ItemRow>(
            $"SELECT {ItemRow.Columns} FROM items WHERE source_id = @sourceId ORDER BY published_utc DESC, id DESC LIMIT @limit",
            new { sourceId, limit });
        return rows.Select(r => r.ToItem()).ToList();
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
        var rows = await connection.QueryAsync<ItemRow>(MissingContentSql, new { sourceId, limit, now = Now() });
        return rows.Select(r => r.ToItem()).ToList();
    }

    public async Task SaveContentAsync(long itemId, string contentHtml, CancellationToken cancellationToken)
    {
        await using var unit = await database.BeginAsync(cancellationToken);
        var (connection, transaction) = Enlist(unit);
        var sourceId = await connection.ExecuteScalarAsync<string>(
            "UPDATE items SET content_html = @contentHtml, content_utc = @now, content_error = NULL WHERE id = @itemId RETURNING source_id",
            new { itemId, contentHtml, now = Now() }, transaction);
        if (sourceId is not null)
        {
            await MoveVersionAsync(connection, transaction, sourceId);
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
